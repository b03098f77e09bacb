package dev.stocktake.etl.ingest;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stocktake.etl.SharedSpark;
import dev.stocktake.etl.ingest.Reconciliation.Counts;
import dev.stocktake.schema.project.Project;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingest of the shipped example: two rounds, schema v1 and v2, harmonised to v2. */
class IngestExampleTest {
  static final Path EXAMPLE = Path.of("../examples/christchurch-call-consultation");
  static final byte[] KEY = "example-test-key-0123456789abcdef".getBytes(StandardCharsets.UTF_8);

  @TempDir static Path out;
  static Reconciliation result;
  static Dataset<Row> answers;

  @BeforeAll
  static void ingest() {
    SparkSession spark = SharedSpark.session();
    result =
        Ingest.run(
            spark,
            Project.load(EXAMPLE),
            new Ingest.Options(out, Edition.PUBLIC, new Pseudonymiser(KEY)),
            progress -> {});
    answers = spark.read().parquet(out.resolve("answers").toString()).cache();
  }

  @Test
  void everyRowOfEveryFileAndRoundReconciles() {
    assertTrue(result.reconciled());
    assertEquals(List.of("2020", "2022"), result.rounds().stream().map(r -> r.round()).toList());
    for (Reconciliation.RoundCounts round : result.rounds()) {
      assertTrue(round.reconciles(), round.round());
      for (Reconciliation.FileCounts file : round.files()) {
        Reconciliation.Counts c = file.counts();
        assertEquals(c.rowsRead(), c.accepted() + c.quarantined() + c.superseded(), file.file());
      }
    }
    // The generator wrote 243 and 303 submissions from 240 and 300 respondents, and no errors.
    assertEquals(new Counts(243, 240, 0, 3, 5859, 0), result.rounds().get(0).counts());
    assertEquals(303, result.rounds().get(1).counts().rowsRead());
    assertEquals(300, result.rounds().get(1).counts().accepted());
    assertEquals(3, result.rounds().get(1).counts().superseded());
  }

  @Test
  void acceptedRowsAreOnePerRespondentAndRound() {
    Dataset<Row> respondents =
        SharedSpark.session().read().parquet(out.resolve("respondents").toString());
    long responded = respondents.filter(col("responded")).count();
    assertEquals(result.totals().accepted(), responded);
    assertEquals(
        responded,
        respondents.filter(col("responded")).select("round", "respondent").distinct().count());
  }

  @Test
  void inProgressFromTheFirstRoundStandsForBothNewLevels() {
    List<Row> values =
        answers
            .filter(
                col("round").equalTo(2020).and(col("question").equalTo("status_crisis_response")))
            .select("value", "comparability")
            .distinct()
            .collectAsList();
    Set<String> seen = new TreeSet<>();
    values.forEach(r -> seen.add(r.getString(0)));
    assertTrue(seen.contains("partially_implemented|substantially_implemented"), seen.toString());
    assertFalse(seen.contains("in_progress"));
    values.forEach(r -> assertEquals("coarsened", r.getString(1)));
    assertEquals(
        0,
        answers.filter(col("round").equalTo(2022).and(col("value").contains("|"))).count(),
        "the newest round needs no harmonisation");
  }

  @Test
  void renamedSplitAndRetiredQuestionsOfTheFirstRound() {
    Dataset<Row> r2020 = answers.filter(col("round").equalTo(2020));
    assertEquals(0, r2020.filter(col("question").equalTo("org_region")).count());
    assertTrue(r2020.filter(col("question").equalTo("hq_region")).count() > 0);
    assertTrue(
        r2020.filter(col("source_question").equalTo("status_algorithms")).count()
            == r2020.filter(col("question").equalTo("status_algorithmic_outcomes")).count());
    // "yes" to the old transparency question says nothing about either new part.
    List<Row> split =
        r2020
            .filter(col("source_question").equalTo("publishes_transparency_info"))
            .select("question", "value", "comparability")
            .distinct()
            .orderBy("question", "value")
            .collectAsList();
    for (Row row : split) {
      if (row.getString(1).equals("yes")) {
        assertEquals("publishes_transparency_info", row.getString(0));
        assertEquals("none", row.getString(2));
      } else {
        assertTrue(row.getString(0).startsWith("publishes_"), row.toString());
      }
    }
    assertTrue(
        r2020
            .filter(col("question").equalTo("aware_of_ccan"))
            .select("comparability")
            .distinct()
            .collectAsList()
            .stream()
            .allMatch(r -> r.getString(0).equals("none")));
  }

  @Test
  void thePublicEditionCarriesNeitherRawIdsNorUnpublishedText() throws Exception {
    assertEquals(0, answers.filter(col("respondent").startsWith("org-")).count());
    assertEquals(
        0,
        answers
            .filter(col("question").equalTo("general_comments").and(col("value").isNotNull()))
            .count());
    assertTrue(
        answers.filter(col("question").equalTo("general_comments").and(col("withheld"))).count()
            > 0);
    try (Stream<Path> files = Files.walk(out)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
        assertFalse(text.contains("org-0097"), f + " holds a raw respondent id");
      }
    }
  }

  @Test
  void likertAnswersCarryTheirRankOnTheNewestScale() {
    Row row =
        answers
            .filter(
                col("question")
                    .equalTo("status_human_rights")
                    .and(col("value").equalTo("implemented")))
            .select("value_num")
            .first();
    assertEquals(5.0, row.getDouble(0));
  }
}
