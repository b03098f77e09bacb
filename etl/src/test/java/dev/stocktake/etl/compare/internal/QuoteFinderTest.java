package dev.stocktake.etl.compare.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stocktake.etl.SharedSpark;
import dev.stocktake.etl.ingest.Pseudonymiser;
import dev.stocktake.schema.clearance.ClearanceDecision;
import dev.stocktake.schema.findings.OpenAnswers.Quote;
import dev.stocktake.schema.project.Project;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which answers may be quoted for a theme, and which come first. Every excluded answer below would
 * otherwise rank first (a single theme, exactly the readable length), so each rule is seen to act.
 */
class QuoteFinderTest {
  private static final Pseudonymiser KEYS =
      new Pseudonymiser("quote-finder-test-key-0123456789".getBytes(StandardCharsets.UTF_8));
  private static final Project EXAMPLE =
      Project.load(Path.of("../examples/christchurch-call-consultation"));
  private static final String BEST = "x".repeat(QuoteFinder.READABLE_LENGTH);
  private static final String DRILL =
      "We ran our crisis protocol in a joint exercise with two governments and learned a lot.";

  @TempDir static Path folder;
  private static Path roster;

  @BeforeAll
  static void roster() throws IOException {
    roster = folder.resolve("roster.csv");
    Files.writeString(
        roster,
        String.join(
            "\n",
            "id,name,group,region,country,language,consent",
            "r1,Org One,government,europe,France,en,full",
            "r2,Org Two,government,europe,France,en,anonymous",
            "r3,Org Three,government,europe,France,en,withheld",
            "r4,Org Four,government,europe,France,en,",
            "r5,Org Five,government,europe,France,en,full",
            "r6,Org Six,civil_society,europe,France,en,full",
            "r7,Org Seven,civil_society,europe,France,en,FULL",
            "r8,\"Ministry of Eight, Chile\",government,europe,Chile,es,anonymous",
            "r9,\"Ministry of Nine, Chile\",government,europe,Chile,es,full",
            "r10,Org Ten,government,europe,France,en,full",
            ""),
        StandardCharsets.UTF_8);
  }

  private static Row answer(
      String id, String question, String text, String campaign, String... themes) {
    return RowFactory.create(
        KEYS.pseudonym(id),
        "government",
        "europe",
        "en",
        question,
        text,
        text == null,
        "ccc-open-answers",
        scala.jdk.javaapi.CollectionConverters.asScala(List.of(themes)).toSeq(),
        campaign,
        "2022");
  }

  private static List<Quote> choose(boolean publicEdition) {
    List<Row> rows = new ArrayList<>();
    rows.add(answer("r1", "crisis_comments", DRILL, null, "crisis_protocols"));
    rows.add(
        answer(
            "r2", "crisis_comments", "Drills and money.", null, "crisis_protocols", "resources"));
    rows.add(answer("r3", "crisis_comments", BEST, null, "crisis_protocols"));
    rows.add(answer("r4", "crisis_comments", BEST, null, "crisis_protocols"));
    rows.add(answer("r5", "crisis_comments", BEST, null, "crisis_protocols"));
    rows.add(answer("r6", "crisis_comments", BEST, "c1", "crisis_protocols"));
    rows.add(answer("r7", "implementation_comments", "Funding is short.", null, "resources"));
    rows.add(
        answer(
            "r8", "crisis_comments", DRILL + " We also trained staff.", null, "crisis_protocols"));
    rows.add(answer("r9", "crisis_comments", "Protocols need drills.", null, "crisis_protocols"));
    rows.add(answer("r10", "crisis_comments", null, null, "crisis_protocols"));
    var answers =
        SharedSpark.session()
            .createDataFrame(rows, QuoteFinder.ANSWERS)
            .unionByName(
                SharedSpark.session()
                    .createDataFrame(
                        List.of(
                            RowFactory.create(
                                KEYS.pseudonym("r9"),
                                "government",
                                "europe",
                                "es",
                                "crisis_comments",
                                BEST,
                                false,
                                "ccc-open-answers",
                                scala.jdk.javaapi.CollectionConverters.asScala(
                                        List.of("crisis_protocols"))
                                    .toSeq(),
                                null,
                                "2020")),
                        QuoteFinder.ANSWERS));
    return QuoteFinder.choose(
        SharedSpark.session(),
        answers,
        roster,
        List.of(
            new ClearanceDecision(
                "2022", "r5", "crisis_comments", ClearanceDecision.Decision.REDACTED, "")),
        KEYS,
        EXAMPLE.newestSchema(),
        EXAMPLE.codebooks(),
        "2022",
        publicEdition);
  }

  private static Quote quote(
      String question, String theme, int rank, String text, String consent, String name) {
    return new Quote(
        "ccc-open-answers",
        question,
        theme,
        "2022",
        rank,
        text,
        "en",
        consent,
        name,
        "government",
        "europe");
  }

  /**
   * Withheld (r3) and pending (r4) consent, a redaction (r5), a campaign (r6), a withheld text
   * (r10) and an earlier round's answer (r9 in 2020) are never quoted; r1 opens like r8, whose
   * longer answer is nearer the readable length, so only r8 is quoted; r2 carries two themes and so
   * comes after the single-theme answers of crisis protocols; the unpublished
   * implementation_comments is left out of the public edition.
   */
  @Test
  void onlyConsentingUnredactedSingleVoicesArePicked() {
    assertEquals(
        List.of(
            quote("crisis_comments", "resources", 1, "Drills and money.", "anonymous", null),
            quote(
                "crisis_comments",
                "crisis_protocols",
                1,
                DRILL + " We also trained staff.",
                "anonymous",
                null),
            quote(
                "crisis_comments",
                "crisis_protocols",
                2,
                "Protocols need drills.",
                "full",
                "Ministry of Nine, Chile")),
        choose(true));
  }

  @Test
  void theCommunityEditionAlsoQuotesUnpublishedQuestions() {
    List<Quote> quotes = choose(false);
    assertEquals(
        quote("implementation_comments", "resources", 1, "Funding is short.", "full", "Org Seven"),
        quotes.get(0),
        "implementation_comments comes before crisis_comments in the schema");
    assertEquals(choose(true), quotes.subList(1, quotes.size()));
  }

  @Test
  void noRosterMeansNoQuotes() {
    assertEquals(
        List.of(),
        QuoteFinder.choose(
            SharedSpark.session(),
            SharedSpark.session().createDataFrame(List.of(), QuoteFinder.ANSWERS),
            folder.resolve("absent.csv"),
            List.of(),
            KEYS,
            EXAMPLE.newestSchema(),
            EXAMPLE.codebooks(),
            "2022",
            true));
  }
}
