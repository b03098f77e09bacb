package dev.stocktake.etl.ingest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stocktake.schema.lineage.LineageResolver;
import dev.stocktake.schema.project.Project;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Harmonisation of the example's v1 answers to v2, construct by construct. */
class HarmoniserTest {
  private static final Harmoniser HARMONISER = harmoniser();

  private static Harmoniser harmoniser() {
    Project project = ExampleProject.load();
    return Harmoniser.of(
        LineageResolver.resolve(project.schemas().values()), project.newestSchema());
  }

  private static List<Harmoniser.Value> v1(String question, String... values) {
    return HARMONISER.harmonise(1, question, List.of(values));
  }

  @Test
  void inProgressSplitIntoTwoLevelsStandsForEither() {
    assertEquals(
        List.of(
            new Harmoniser.Value(
                "status_human_rights",
                "partially_implemented|substantially_implemented",
                "coarsened")),
        v1("status_human_rights", "in_progress"));
    assertEquals(
        List.of(new Harmoniser.Value("status_human_rights", "implemented", "coarsened")),
        v1("status_human_rights", "implemented"));
  }

  @Test
  void aRenamedQuestionTakesItsNewId() {
    assertEquals(
        List.of(new Harmoniser.Value("hq_region", "europe", "exact")), v1("org_region", "europe"));
    assertEquals(
        "status_algorithmic_outcomes", v1("status_algorithms", "planned").get(0).question());
  }

  @Test
  void aSplitQuestionFeedsOnlyThePartsItsRecodeAllows() {
    assertEquals(
        List.of(
            new Harmoniser.Value("publishes_transparency_report", "no", "partial"),
            new Harmoniser.Value("publishes_algorithmic_outcomes", "no", "partial")),
        v1("publishes_transparency_info", "no"));
    assertEquals(
        List.of(new Harmoniser.Value("publishes_transparency_info", "yes", "none")),
        v1("publishes_transparency_info", "yes"));
  }

  @Test
  void mergedQuestionsBothFeedTheNewOne() {
    assertEquals("community_updates_useful", v1("newsletter_useful", "agree").get(0).question());
    assertEquals("community_updates_useful", v1("ccan_updates_useful", "agree").get(0).question());
  }

  @Test
  void retiredAndRetypedQuestionsAreNotComparable() {
    assertEquals(
        List.of(new Harmoniser.Value("aware_of_ccan", "yes", "none")), v1("aware_of_ccan", "yes"));
    assertEquals("none", v1("priority_themes", "crisis_response").get(0).comparability());
  }

  @Test
  void newestAnswersStayAsTheyAre() {
    assertEquals(
        List.of(new Harmoniser.Value("status_human_rights", "partially_implemented", "exact")),
        HARMONISER.harmonise(2, "status_human_rights", List.of("partially_implemented")));
    assertEquals(2.0, HARMONISER.rank("status_human_rights", "planned"));
  }
}
