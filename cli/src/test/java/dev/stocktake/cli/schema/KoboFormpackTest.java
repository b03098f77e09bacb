package dev.stocktake.cli.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stocktake.cli.ExitCodes;
import dev.stocktake.cli.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real versioned KoboToolbox forms with their submissions (../shared/fixtures/kobo-formpack), taken
 * through Stocktake as a user would: each version imported with {@code schema from-xlsform}, two
 * versions diffed, and the submissions of each version ingested as a round of a project with {@code
 * format: kobo}.
 */
class KoboFormpackTest {
  private static final Path FORMPACK = Path.of("../../shared/fixtures/kobo-formpack");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path project;

  /** Imports every version of {@code form}, writes the project and each version's submissions. */
  private void project(String form, List<String> languages) throws IOException {
    assumeTrue(Files.isDirectory(FORMPACK), "the shared fixtures are at " + FORMPACK);
    Path surveys = project.resolve("surveys").resolve(form);
    Files.createDirectories(surveys);
    List<String> rounds = new ArrayList<>();
    for (int v = 1; Files.exists(FORMPACK.resolve(form).resolve("v" + v + ".json")); v++) {
      Path asset = FORMPACK.resolve(form).resolve("v" + v + ".json");
      Run imported =
          Run.of(
              "schema",
              "from-xlsform",
              asset.toString(),
              "--version",
              String.valueOf(v),
              "--out",
              surveys.resolve("v" + v + ".yaml").toString());
      assertEquals(ExitCodes.OK, imported.exitCode(), imported.out() + imported.err());
      StringBuilder lines = new StringBuilder();
      for (JsonNode submission : JSON.readTree(asset.toFile()).path("submissions")) {
        lines.append(JSON.writeValueAsString(submission)).append('\n');
      }
      Path round = project.resolve("rounds").resolve("v" + v);
      Files.createDirectories(round);
      Files.writeString(round.resolve("responses.jsonl"), lines, StandardCharsets.UTF_8);
      rounds.add("  - {id: v" + v + ", schema: " + v + "}");
    }
    StringBuilder title = new StringBuilder();
    for (String language : languages) {
      title.append(title.isEmpty() ? "" : ", ").append(language).append(": ").append(form);
    }
    Files.writeString(
        project.resolve("stocktake.yaml"),
        String.join(
            "\n",
            "project: " + form.replace('_', '-'),
            "title: {" + title + "}",
            "source_language: " + languages.get(0),
            "languages: [" + String.join(", ", languages) + "]",
            "survey: " + form,
            "format: kobo",
            "default_group: respondents",
            "rounds:",
            String.join("\n", rounds),
            "confidentiality:",
            "  pseudonymisation_key_file: key.txt",
            ""),
        StandardCharsets.UTF_8);
    Files.writeString(project.resolve("key.txt"), "kobo-formpack-test-key-0123456789abcdef");
  }

  private Run ingest() {
    return Run.of("ingest", project.toString(), "--out", project.resolve("out").toString());
  }

  /**
   * restaurant_profile v1–v4: French labels arrive in v2, the geopoint is not mapped, and
   * eatery_type goes from select_one (v3) to select_multiple (v4), which the diff reports as
   * breaking comparability. The 8 submissions of the four versions give 13 answers: one name each,
   * v3's two eatery types, and v4's four names with three eatery types (one is empty, one absent).
   */
  @Test
  void restaurantProfileVersionsBecomeComparableRoundsButForTheRetypedQuestion() throws Exception {
    project("restaurant_profile", List.of("en", "fr"));
    Path surveys = project.resolve("surveys/restaurant_profile");
    assertTrue(Files.readString(surveys.resolve("v4.yaml")).contains("fr: \"traditionnel\""));

    Run diff =
        Run.of(
            "schema",
            "diff",
            surveys.resolve("v3.yaml").toString(),
            surveys.resolve("v4.yaml").toString());
    assertTrue(
        diff.out()
            .contains(
                "Breaking comparability (1)\n  ~ eatery_type  retyped: type changed from"
                    + " single_choice to multi_choice"),
        diff.out());

    Run run = ingest();
    assertEquals(ExitCodes.OK, run.exitCode(), run.out() + run.err());
    List<String> lines = run.out().lines().toList();
    for (String expected :
        List.of(
            "round v1 (schema v1): 1 rows read = 1 accepted + 0 quarantined + 0 superseded",
            "round v3 (schema v3): 2 rows read = 2 accepted + 0 quarantined + 0 superseded",
            "round v4 (schema v4): 4 rows read = 4 accepted + 0 quarantined + 0 superseded",
            "total: 8 rows read = 8 accepted + 0 quarantined + 0 superseded",
            "answers: 13 written, 0 quarantined",
            "quarantine by reason: unknown_column 4")) {
      assertTrue(lines.contains(expected), expected + " in\n" + run.out());
    }
    String quarantine = Files.readString(project.resolve("out/quarantine.csv"));
    assertTrue(
        quarantine.contains(
            "v4,rounds/v4/responses.jsonl,1,,location,unknown_column,column location is no"
                + " question of schema v4"),
        "the unmapped geopoint's column is set aside once per file: " + quarantine);
  }

  /**
   * The other forms with submissions: grouped_translated's mixed-case names and group paths ({@code
   * external_characteristics/How_many_segments_does_your_body_have}) reach the ids the import made
   * of them; favorite_coffee's submissions carry no {@code _uuid}, so every row is quarantined,
   * with the way out in the message, and the counts still reconcile.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "customer_satisfaction | en | total: 3 rows read = 3 accepted + 0 quarantined + 0"
            + " superseded | answers: 6 written, 0 quarantined",
        "grouped_translated | en | total: 3 rows read = 3 accepted + 0 quarantined + 0 superseded"
            + " | answers: 11 written, 0 quarantined",
        "favorite_coffee | en | total: 5 rows read = 0 accepted + 5 quarantined + 0 superseded"
            + " | quarantine by reason: missing_column 5"
      })
  void otherFormsIngestOrSayWhyNot(String form, String language, String total, String answers)
      throws Exception {
    project(form, List.of(language));
    Run run = ingest();
    assertEquals(ExitCodes.OK, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().lines().anyMatch(total::equals), run.out());
    assertTrue(run.out().lines().anyMatch(answers::equals), run.out());
    if (form.equals("favorite_coffee")) {
      assertTrue(
          Files.readString(project.resolve("out/quarantine.csv"))
              .contains("format kobo reads it from _uuid"),
          "the message says where the id was looked for");
    }
  }
}
