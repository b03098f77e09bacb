package dev.stocktake.etl.compare.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stocktake.etl.compare.internal.Aggregates.Answered;
import dev.stocktake.etl.compare.internal.Aggregates.PairCount;
import dev.stocktake.etl.compare.internal.Aggregates.ValueCount;
import dev.stocktake.schema.SurveySchema;
import dev.stocktake.schema.findings.Comparison;
import dev.stocktake.schema.io.DocumentReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The choice of test per question type, on small count tables, and the pitfalls of real data. */
class RoundComparerTest {
  @TempDir Path temp;

  private QuestionCatalog catalog() throws IOException {
    Path file = temp.resolve("v1.yaml");
    Files.writeString(
        file,
        """
        survey: pulse
        version: 1
        round: r2
        title: {en: Pulse}
        languages: [en]
        groups:
          - {id: government, label: {en: Governments}}
          - {id: civil_society, label: {en: Civil society}}
        choice_lists:
          - id: status
            ordered: true
            choices:
              - {code: planned, label: {en: Planned}}
              - {code: partial, label: {en: Partial}}
              - {code: done, label: {en: Done}}
          - id: channels
            choices:
              - {code: forum, label: {en: Forum}}
              - {code: letters, label: {en: Letters}}
        questions:
          - {id: policy, type: yes_no, label: {en: "Policy?"}}
          - {id: status, type: likert, choices: status, label: {en: Status}}
          - {id: channels, type: multi_choice, choices: channels, label: {en: Channels}}
        """);
    SurveySchema schema = new DocumentReader().readSurvey(file).value();
    return new QuestionCatalog(schema);
  }

  private final List<ValueCount> values = new ArrayList<>();
  private final List<Answered> answered = new ArrayList<>();

  private void given(String q, String round, String group, Object... valueCount) {
    long n = 0;
    for (int i = 0; i < valueCount.length; i += 2) {
      long count = ((Number) valueCount[i + 1]).longValue();
      values.add(new ValueCount(q, round, group, (String) valueCount[i], null, count));
      n += count;
    }
    answered.add(new Answered(q, round, group, n));
  }

  private List<Comparison> compare(List<PairCount> pairs) throws IOException {
    return new RoundComparer(catalog(), values, answered)
        .compare("r1", "r2", pairs, Map.of())
        .comparisons();
  }

  @Test
  void aSmallTwoByTwoTableGoesToFishersTest() throws IOException {
    given("policy", "r1", "all", "yes", 1, "no", 9);
    given("policy", "r2", "all", "yes", 6, "no", 4);
    Comparison c = compare(List.of()).get(0);
    assertEquals("fisher", c.test());
    assertEquals("odds_ratio", c.effectName());
    assertTrue(c.p() > 0 && c.p() < 1);
  }

  @Test
  void aLargeTwoByTwoTableGoesToChiSquare() throws IOException {
    given("policy", "r1", "all", "yes", 40, "no", 60);
    given("policy", "r2", "all", "yes", 60, "no", 40);
    Comparison c = compare(List.of()).get(0);
    assertEquals("chi_square", c.test());
    assertEquals(1.0, c.df());
    assertEquals("cramers_v", c.effectName());
  }

  @Test
  void allAnswersIdenticalGiveANoteNotNaN() throws IOException {
    given("status", "r1", "all", "done", 5);
    given("status", "r2", "all", "done", 7);
    Comparison c = compare(List.of()).get(0);
    assertEquals("mann_whitney", c.test());
    assertEquals(1.0, c.p());
    assertEquals("no variation: every answer is tied", c.note());
  }

  @Test
  void aGroupWithoutAnswersInOneRoundIsNotCompared() throws IOException {
    given("status", "r1", "government", "planned", 3, "done", 2);
    given("status", "r2", "government", "planned", 1, "done", 4);
    given("status", "r2", "civil_society", "done", 4);
    List<Comparison> out = compare(List.of());
    assertEquals(1, out.size());
    assertEquals("government", out.get(0).group());
  }

  @Test
  void multiChoiceIsTestedChoiceByChoiceIncludingOneOnlyChosenLater() throws IOException {
    given("channels", "r1", "all", "forum", 10);
    answered.set(answered.size() - 1, new Answered("channels", "r1", "all", 20));
    given("channels", "r2", "all", "forum", 12, "letters", 5);
    answered.set(answered.size() - 1, new Answered("channels", "r2", "all", 20));
    List<Comparison> out = compare(List.of());
    assertEquals(List.of("forum", "letters"), out.stream().map(Comparison::choice).toList());
    Comparison letters = out.get(1);
    assertEquals("two_proportion", letters.test());
    assertEquals(0.25, letters.effect(), 1e-12);
  }

  @Test
  void aYesNoPanelGoesToMcNemarAndDiscordantPairsDecide() throws IOException {
    given("policy", "r1", "all", "yes", 10, "no", 10);
    given("policy", "r2", "all", "yes", 14, "no", 6);
    List<PairCount> panel =
        List.of(
            new PairCount("policy", "r1", "r2", "all", "yes", "yes", null, null, 9),
            new PairCount("policy", "r1", "r2", "all", "yes", "no", null, null, 1),
            new PairCount("policy", "r1", "r2", "all", "no", "yes", null, null, 5),
            new PairCount("policy", "r1", "r2", "all", "no", "no", null, null, 5));
    Comparison paired =
        compare(panel).stream().filter(c -> c.design().equals("panel")).findFirst().orElseThrow();
    assertEquals("mcnemar", paired.test());
    // R: mcnemar.test(matrix(c(9, 5, 1, 5), 2)): X-squared = (|1 - 5| - 1)^2 / 6 = 1.5
    assertEquals(1.5, paired.statistic(), 1e-12);
    assertEquals(20, paired.nFrom());
  }

  @Test
  void adjustedPValuesAreNeverSmallerThanRawOnes() throws IOException {
    given("policy", "r1", "all", "yes", 40, "no", 60);
    given("policy", "r2", "all", "yes", 60, "no", 40);
    given("status", "r1", "all", "planned", 30, "partial", 30, "done", 40);
    given("status", "r2", "all", "planned", 20, "partial", 30, "done", 50);
    for (Comparison c : compare(List.of())) {
      assertTrue(c.pAdjusted() >= c.p(), c.toString());
    }
  }
}
