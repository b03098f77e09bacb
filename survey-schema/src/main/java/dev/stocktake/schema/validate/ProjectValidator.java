package dev.stocktake.schema.validate;

import dev.stocktake.schema.Problem;
import dev.stocktake.schema.SurveySchema;
import dev.stocktake.schema.io.FieldPath;
import dev.stocktake.schema.io.Loaded;
import dev.stocktake.schema.project.ProjectConfig;
import dev.stocktake.schema.project.ProjectFiles;
import dev.stocktake.schema.project.RoundConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Checks a project's {@code stocktake.yaml} against the folder it stands in. */
public final class ProjectValidator {
  /** The Spark master URLs Stocktake accepts in stocktake.yaml (as its JSON Schema does). */
  private static final Pattern SPARK_MASTER =
      Pattern.compile("local(\\[([0-9]+|\\*)\\])?|spark://\\S+|yarn|k8s://\\S+");

  public List<Problem> validate(Loaded<ProjectConfig> document) {
    Collector out = new Collector(document);
    ProjectConfig project = document.value();
    Path folder = Path.of(document.file()).toAbsolutePath().getParent();
    out.languages(FieldPath.of("languages"), project.languages());
    if (!project.languages().contains(project.sourceLanguage())) {
      out.add(
          FieldPath.of("source_language"),
          "source language \""
              + project.sourceLanguage()
              + "\" is not one of languages "
              + project.languages());
    }
    out.textComplete(FieldPath.of("title"), project.title(), project.languages());
    if (project.survey() == null) {
      out.add(
          FieldPath.of("survey"), "name the survey: its schemas are in surveys/<survey>/v<N>.yaml");
    }
    if (project.framework() != null
        && ProjectFiles.findDocument(folder.resolve("frameworks"), project.framework()) == null) {
      out.add(
          FieldPath.of("framework"),
          "framework \"" + project.framework() + "\" not found in " + folder.resolve("frameworks"));
    }
    FieldPath rounds = FieldPath.of("rounds");
    if (project.rounds().isEmpty()) {
      out.add(rounds, "list at least one round");
    }
    out.unique(project.rounds().stream().map(RoundConfig::id).toList(), rounds, "id", "round");
    for (int i = 0; i < project.rounds().size(); i++) {
      RoundConfig round = project.rounds().get(i);
      if (project.survey() != null) {
        Path schemas = folder.resolve("surveys").resolve(project.survey());
        if (ProjectFiles.findDocument(schemas, "v" + round.schema()) == null) {
          out.add(
              rounds.index(i).field("schema"),
              "schema version "
                  + round.schema()
                  + " not found: expected "
                  + schemas.resolve("v" + round.schema() + ".yaml"));
        }
      }
      FieldPath encodings = rounds.index(i).field("encodings");
      round.encodings().forEach((file, charset) -> out.charset(encodings.field(file), charset));
      if (i > 0 && round.schema() < project.rounds().get(i - 1).schema()) {
        out.add(
            rounds.index(i).field("schema"),
            "rounds are listed oldest first, so schema versions cannot go"
                + " down ("
                + project.rounds().get(i - 1).schema()
                + " then "
                + round.schema()
                + ")");
      }
    }
    out.charset(FieldPath.of("encoding"), project.encoding());
    if (!ProjectConfig.FORMATS.contains(project.format())) {
      out.add(
          FieldPath.of("format"),
          "\""
              + project.format()
              + "\" is not a response format Stocktake reads; use one of "
              + String.join(", ", ProjectConfig.FORMATS));
    }
    if (project.confidentiality().threshold() < 1) {
      out.add(
          FieldPath.of("confidentiality", "suppression_threshold"),
          "the threshold must be 1 or more");
    }
    String master = project.spark().master();
    if (master != null && !SPARK_MASTER.matcher(master).matches()) {
      out.add(
          FieldPath.of("spark", "master"),
          "\""
              + master
              + "\" is not a Spark master URL; write e.g. spark://HOST:7077, local[4], yarn or"
              + " k8s://https://HOST:6443, or leave it out to run in the command's own process");
    }
    return out.problems();
  }

  /**
   * Checks the settings that depend on the schemas the rounds use: {@code default_group} must be a
   * stakeholder group of every round's schema, since it stands in for a missing group column in any
   * round's files.
   *
   * @param schemas the schema of every round, by version
   */
  public List<Problem> validateAgainstSchemas(
      Loaded<ProjectConfig> document, Map<Integer, SurveySchema> schemas) {
    Collector out = new Collector(document);
    ProjectConfig project = document.value();
    String group = project.defaultGroup();
    if (group == null) {
      return out.problems();
    }
    for (RoundConfig round : project.rounds()) {
      SurveySchema schema = schemas.get(round.schema());
      if (schema != null && !schema.groupIds().contains(group)) {
        out.add(
            FieldPath.of("default_group"),
            "group \""
                + group
                + "\" is not declared in schema v"
                + round.schema()
                + " (round "
                + round.id()
                + "); its groups are: "
                + String.join(", ", schema.groupIds()));
        break;
      }
    }
    return out.problems();
  }
}
