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
    Map<String, String> columns) {

  public ProjectConfig {
    Required.field(project, "project");
    title = title == null ? Text.of(null) : title;
    sourceLanguage = sourceLanguage == null ? "en" : sourceLanguage;
    languages = languages == null ? List.of(sourceLanguage) : List.copyOf(languages);
    rounds = rounds == null ? List.of() : List.copyOf(rounds);
    confidentiality =
        confidentiality == null ? new Confidentiality(null, null, null) : confidentiality;
    columns = columns == null ? Map.of() : Map.copyOf(columns);
  }

  public Optional<RoundConfig> round(String id) {
    return rounds.stream().filter(r -> r.id().equals(id)).findFirst();
  }
}
