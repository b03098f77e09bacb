package dev.stocktake.schema.project;

import dev.stocktake.schema.Required;
import dev.stocktake.schema.Text;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A consultation project's {@code stocktake.yaml}: rounds, languages and settings. */
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
    SparkSettings spark) {

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
    columns = columns == null ? Map.of() : Map.copyOf(columns);
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
        spark);
  }

  /** The encoding of a response file of a round: the round's setting for it, or the project's. */
  public String encodingOf(RoundConfig round, String fileName) {
    return round.encodings().getOrDefault(fileName, encoding);
  }

  public Optional<RoundConfig> round(String id) {
    return rounds.stream().filter(r -> r.id().equals(id)).findFirst();
  }
}
