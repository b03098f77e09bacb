package dev.stocktake.schema.project;

import dev.stocktake.schema.Required;
import dev.stocktake.schema.Text;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A consultation project's {@code stocktake.yaml}: rounds, languages and settings.
 *
 * @param format the survey tool whose export layout the response files have: one of {@link
 *     #FORMATS}
 * @param defaultGroup the stakeholder group of every submission in a file without a group column;
 *     null to require the column
 */
public record ProjectConfig(
    String project,
    Text title,
    String sourceLanguage,
    List<String> languages,
    String survey,
    String framework,
    List<RoundConfig> rounds,
    Confidentiality confidentiality,
    String format,
    Map<String, String> columns,
    String encoding,
    SparkSettings spark,
    String defaultGroup) {

  /** The response formats stocktake.yaml may name, the default first. */
  public static final List<String> FORMATS = List.of("stocktake", "kobo", "odk", "limesurvey");

  /** The encoding of response files when stocktake.yaml does not name one. */
  public static final String DEFAULT_ENCODING = "UTF-8";

  public ProjectConfig {
    Required.field(project, "project");
    title = title == null ? Text.of(null) : title;
    sourceLanguage = sourceLanguage == null ? "en" : sourceLanguage;
    languages = languages == null ? List.of(sourceLanguage) : List.copyOf(languages);
    rounds = rounds == null ? List.of() : List.copyOf(rounds);
    confidentiality =
        confidentiality == null ? new Confidentiality(null, null, null, null) : confidentiality;
    // In the file's order, so that a rewritten stocktake.yaml keeps it.
    columns =
        columns == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(columns));
    format = format == null ? "stocktake" : format;
    encoding = encoding == null ? DEFAULT_ENCODING : encoding;
    spark = spark == null ? SparkSettings.none() : spark;
  }

  /** This project with other rounds. */
  public ProjectConfig withRounds(List<RoundConfig> newRounds) {
    return new ProjectConfig(
        project,
        title,
        sourceLanguage,
        languages,
        survey,
        framework,
        newRounds,
        confidentiality,
        format,
        columns,
        encoding,
        spark,
        defaultGroup);
  }

  /** This project reading another survey tool's exports, with another column mapping. */
  public ProjectConfig withFormat(String newFormat, Map<String, String> newColumns) {
    return new ProjectConfig(
        project,
        title,
        sourceLanguage,
        languages,
        survey,
        framework,
        rounds,
        confidentiality,
        newFormat,
        newColumns,
        encoding,
        spark,
        defaultGroup);
  }

  /** The encoding of a response file of a round: the round's setting for it, or the project's. */
  public String encodingOf(RoundConfig round, String fileName) {
    return round.encodings().getOrDefault(fileName, encoding);
  }

  public Optional<RoundConfig> round(String id) {
    return rounds.stream().filter(r -> r.id().equals(id)).findFirst();
  }
}
