package dev.stocktake.etl.compare;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stocktake.etl.SharedSpark;
import dev.stocktake.schema.findings.Findings;
import dev.stocktake.schema.findings.KeyFinding;
import dev.stocktake.schema.findings.OpenAnswers;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * The example's open answers, coded at ingest with codebooks/ccc-open-answers.yaml and counted by
 * compare: generator.yaml plants a rise of crisis protocols (10% → 35% of the answers on crisis
 * response) and, in 2022, a campaign of 12 civil society answers on transparency (9 verbatim, 3
 * with a word or two changed).
 */
class OpenAnswersExampleTest {
  private static OpenAnswers open() {
    return ComparedExample.findings().openAnswers();
  }

  @Test
  void everyAnswerIsCodedUncodedOrBlank() {
    List<OpenAnswers.Coding> coding = open().coding();
    assertEquals(3 * 2 * 5, coding.size(), "3 questions × 2 rounds × (4 groups + everyone)");
    for (OpenAnswers.Coding c : coding) {
      assertEquals(c.asked(), c.coded() + c.uncoded() + c.blank(), c.toString());
      if (c.group().equals("all")) {
        assertTrue(c.uncoded() > 0, "uncoded answers are a reported category: " + c);
      }
    }
  }

  @Test
  void thePlantedCampaignIsFoundWithItsExactSize() {
    assertEquals(
        List.of(
            new OpenAnswers.Campaign(
                "transparency_comments", "2022", 12, false, List.of("transparency_reporting"))),
        open().campaigns());
  }

  @Test
  void thePlantedRiseIsAKeyFinding() {
    Findings findings = ComparedExample.findings();
    KeyFinding rise =
        findings.keyFindings().stream()
            .filter(k -> k.key().equals("finding.theme.change"))
            .findFirst()
            .orElseThrow();
    assertEquals("crisis_protocols", arg(rise, "theme"));
    assertEquals("crisis_comments", arg(rise, "question"));
    OpenAnswers.ThemeCount before = count("2020");
    OpenAnswers.ThemeCount after = count("2022");
    assertEquals(12, before.respondents());
    assertEquals(64, after.respondents());
    assertTrue(before.share() < 0.12 && after.share() > 0.33, before + " → " + after);
  }

  private static OpenAnswers.ThemeCount count(String round) {
    return open().themes().stream()
        .filter(
            t ->
                t.question().equals("crisis_comments")
                    && t.theme().equals("crisis_protocols")
                    && t.group().equals("all")
                    && t.round().equals(round))
        .findFirst()
        .orElseThrow();
  }

  private static String arg(KeyFinding k, String name) {
    return k.args().stream()
        .filter(a -> a.name().equals(name))
        .map(a -> String.valueOf(a.value()))
        .findFirst()
        .orElseThrow();
  }

  /**
   * Quotes in the public edition come only from the published crisis_comments, from respondents
   * whose roster consent is full (named) or anonymous (unnamed), at most two per theme.
   */
  @Test
  void quotesComeFromConsentingRespondentsOfThePublishedQuestion() {
    List<OpenAnswers.Quote> quotes = open().quotes();
    assertEquals(8, quotes.size(), quotes.toString());
    java.util.Map<String, String> consentByName = new java.util.HashMap<>();
    for (dev.stocktake.schema.clearance.RosterEntry e :
        dev.stocktake.schema.clearance.Roster.read(
            dev.stocktake.schema.project.Project.load(ComparedExample.EXAMPLE), "2022")) {
      consentByName.put(e.name(), e.consent().code());
    }
    java.util.Map<String, Integer> perTheme = new java.util.HashMap<>();
    for (OpenAnswers.Quote q : quotes) {
      assertEquals("crisis_comments", q.question(), q.toString());
      assertEquals("2022", q.round());
      assertTrue(!q.text().isBlank() && q.language() != null, q.toString());
      if (q.consent().equals("full")) {
        assertEquals("full", consentByName.get(q.name()), q.toString());
      } else {
        assertEquals("anonymous", q.consent(), q.toString());
        assertEquals(null, q.name(), "an anonymous quote carries no name");
      }
      perTheme.merge(q.theme(), 1, Integer::sum);
    }
    assertEquals(
        java.util.Map.of(
            "resources",
            2,
            "crisis_protocols",
            2,
            "information_sharing",
            2,
            "victims_survivors",
            2),
        perTheme);
  }

  /**
   * Themes are counted in the public edition, whose answers/ keeps no unpublished or redacted text.
   */
  @Test
  void thePublicEditionKeepsThemesButNotTheText() {
    ComparedExample.findings();
    Dataset<Row> coded =
        SharedSpark.session()
            .read()
            .parquet(ComparedExample.out().resolve("answers").toString())
            .filter(col("codebook").isNotNull());
    assertTrue(coded.count() > 600, "coded answers: " + coded.count());
    assertEquals(
        0,
        coded
            .filter(col("question").notEqual("crisis_comments").and(col("value").isNotNull()))
            .count(),
        "no text of the unpublished questions");
    Dataset<Row> crisis = coded.filter(col("question").equalTo("crisis_comments"));
    assertEquals(
        0,
        crisis.filter(col("round").equalTo("2020").and(col("value").isNotNull())).count(),
        "v1 does not publish crisis_comments: the 2020 texts are withheld");
    assertEquals(
        169,
        crisis.filter(col("round").equalTo("2022").and(col("value").isNotNull())).count(),
        "v2 publishes it: the 170 answers of 2022 keep their text but org-0097's, which"
            + " clearance.csv marks redacted");
    assertEquals(
        170,
        crisis.filter(col("round").equalTo("2022")).count(),
        "the redacted answer is withheld, not lost: it is still counted and coded");
    assertEquals(
        12, coded.filter(col("campaign").isNotNull()).count(), "the campaign's members are marked");
  }
}
