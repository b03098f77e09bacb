package dev.stocktake.reports.suppression;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stocktake.schema.findings.CommitmentProgress;
import dev.stocktake.schema.findings.CommitmentProgress.LevelShare;
import dev.stocktake.schema.findings.Comparison;
import dev.stocktake.schema.findings.Distribution;
import dev.stocktake.schema.findings.Findings;
import dev.stocktake.schema.findings.KeyFinding;
import dev.stocktake.schema.findings.KeyFinding.Argument;
import dev.stocktake.schema.findings.ParticipationCell;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyFindingFilterTest {
  private static ParticipationCell cell(String group, String region, long n) {
    return new ParticipationCell("2022", group, region, n, n, 1.0);
  }

  /** Governments 20, civil society 12, partners 3 (hidden, and civil society with them). */
  private static final List<ParticipationCell> PARTICIPATION =
      List.of(
          cell("government", "europe", 20),
          cell("civil_society", "europe", 12),
          cell("partner", "europe", 3),
          cell("government", "all", 20),
          cell("civil_society", "all", 12),
          cell("partner", "all", 3),
          cell("all", "europe", 35),
          cell("all", "all", 35));

  private static KeyFinding finding(String key, Argument... args) {
    return new KeyFinding(1, key, List.of(args), "computed");
  }

  private static List<String> kept(List<KeyFinding> keyFindings) {
    List<CommitmentProgress> progress = new ArrayList<>();
    for (String round : List.of("2020", "2022")) {
      long implemented = round.equals("2020") ? 3 : 9;
      progress.add(
          new CommitmentProgress(
              "cc.crisis_response",
              "all",
              round,
              30L,
              List.of(
                  new LevelShare("not_started", 30 - implemented, 0.0),
                  new LevelShare("implemented", implemented, 0.0)),
              null));
    }
    // Few governments answered the question in 2020, though 20 took part in 2022.
    Comparison fewGovernments =
        new Comparison(
            "status_crisis_response",
            "2020",
            "2022",
            "government",
            "independent",
            "mann_whitney",
            null,
            3L,
            18L,
            1.0,
            null,
            0.01,
            0.02,
            "rank_biserial",
            0.6,
            List.of(),
            null,
            List.of());
    Comparison everyone =
        new Comparison(
            "status_crisis_response",
            "2020",
            "2022",
            "all",
            "independent",
            "mann_whitney",
            null,
            30L,
            35L,
            1.0,
            null,
            0.01,
            0.02,
            "rank_biserial",
            0.3,
            List.of(),
            null,
            List.of());
    // The same question's panel test, withheld by compare: it is not the test a finding states.
    Comparison everyonesPanelWithheld =
        new Comparison(
            "status_crisis_response",
            "2020",
            "2022",
            "all",
            "panel",
            "wilcoxon_signed_rank",
            null,
            20L,
            20L,
            null,
            null,
            null,
            null,
            "rank_biserial",
            null,
            List.of(),
            Comparison.SUPPRESSED,
            List.of());
    Findings findings =
        new Findings(
            1,
            "p",
            "public",
            List.of("2020", "2022"),
            PARTICIPATION,
            List.of(),
            List.of(fewGovernments, everyone, everyonesPanelWithheld),
            List.of(),
            progress,
            keyFindings);
    ParticipationSuppression suppression =
        new ParticipationSuppression(
            findings, List.of("government", "civil_society", "partner"), 5);
    return KeyFindingFilter.publicEdition(findings, suppression, TestCells.of(List.of()), 5)
        .keyFindings()
        .stream()
        .map(KeyFinding::key)
        .toList();
  }

  @Test
  void aFindingAboutAHiddenGroupOrItsComplementIsLeftOut() {
    assertEquals(
        List.of("kept"),
        kept(
            List.of(
                finding("partner", new Argument("group", "group", "partner")),
                finding("complement", new Argument("group", "group", "civil_society")),
                finding("kept", new Argument("group", "group", "government")))));
  }

  @Test
  void aCommitmentLevelWithFewAnswersIsLeftOut() {
    assertEquals(
        List.of(),
        kept(
            List.of(
                finding(
                    "finding.commitment.progress",
                    new Argument("item", "item", "cc.crisis_response"),
                    new Argument("group", "group", "all"),
                    new Argument("level", "choice", "implemented"),
                    new Argument("from_round", "round", "2020"),
                    new Argument("to_round", "round", "2022")))));
  }

  @Test
  void aTestOnFewAnswersIsLeftOutButNotOneOnEnough() {
    assertEquals(
        List.of("enough"),
        kept(
            List.of(
                finding(
                    "few",
                    new Argument("question", "question", "status_crisis_response"),
                    new Argument("group", "group", "government"),
                    new Argument("from_round", "round", "2020"),
                    new Argument("to_round", "round", "2022"),
                    new Argument("test", "text", "mann_whitney")),
                finding(
                    "enough",
                    new Argument("question", "question", "status_crisis_response"),
                    new Argument("group", "group", "all"),
                    new Argument("from_round", "round", "2020"),
                    new Argument("to_round", "round", "2022"),
                    new Argument("test", "text", "mann_whitney")))));
  }

  @Test
  void aFindingOnAChoiceTheTableHidesIsLeftOut() {
    // 4 of 30 chose "hotline" in 2020: a finding on its change would give the 4 away.
    Comparison hotline =
        new Comparison(
            "channels",
            "2020",
            "2022",
            "all",
            "independent",
            "two_proportion",
            "hotline",
            30L,
            35L,
            1.0,
            null,
            0.01,
            0.02,
            "difference_of_proportions",
            0.3,
            List.of(),
            null,
            List.of());
    Findings findings =
        new Findings(
            1,
            "p",
            "public",
            List.of("2020", "2022"),
            PARTICIPATION,
            List.of(),
            List.of(hotline),
            List.of(),
            List.of(),
            List.of(
                finding(
                    "hotline",
                    new Argument("question", "question", "channels"),
                    new Argument("group", "group", "all"),
                    new Argument("choice", "choice", "hotline"),
                    new Argument("from_round", "round", "2020"),
                    new Argument("to_round", "round", "2022"))));
    ParticipationSuppression suppression =
        new ParticipationSuppression(
            findings, List.of("government", "civil_society", "partner"), 5);
    TestCells none = TestCells.of(List.of());
    TestCells cells =
        TestCells.of(
            List.of(
                new Distribution(
                    "channels",
                    "2020",
                    "all",
                    "share",
                    "hotline",
                    4L,
                    30L,
                    0L,
                    4 / 30.0,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null),
                new Distribution(
                    "channels",
                    "2022",
                    "all",
                    "share",
                    "hotline",
                    15L,
                    35L,
                    0L,
                    15 / 35.0,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null)));
    assertEquals(
        1, KeyFindingFilter.publicEdition(findings, suppression, none, 5).keyFindings().size());
    assertEquals(
        0, KeyFindingFilter.publicEdition(findings, suppression, cells, 5).keyFindings().size());
  }
}
