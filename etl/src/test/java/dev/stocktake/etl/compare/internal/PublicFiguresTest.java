package dev.stocktake.etl.compare.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.stocktake.schema.SurveySchema;
import dev.stocktake.schema.findings.CommitmentProgress;
import dev.stocktake.schema.findings.CommitmentProgress.LevelShare;
import dev.stocktake.schema.findings.Comparison;
import dev.stocktake.schema.findings.Distribution;
import dev.stocktake.schema.findings.Findings;
import dev.stocktake.schema.findings.KeyFinding;
import dev.stocktake.schema.findings.KeyFinding.Argument;
import dev.stocktake.schema.findings.OpenAnswers;
import dev.stocktake.schema.findings.PanelFlow;
import dev.stocktake.schema.findings.ParticipationCell;
import dev.stocktake.schema.findings.Transition;
import dev.stocktake.schema.io.DocumentReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the public edition hides of compare's figures, threshold 5, on tables worked by hand. */
class PublicFiguresTest {
  private static final int THRESHOLD = 5;
  @TempDir Path temp;
  private QuestionCatalog catalog;

  @BeforeEach
  void catalog() throws IOException {
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
          - {id: status, type: likert, choices: status, label: {en: Status}}
          - {id: channels, type: multi_choice, choices: channels, label: {en: Channels}}
        """);
    SurveySchema schema = new DocumentReader().readSurvey(file).value();
    catalog = new QuestionCatalog(schema);
  }

  /** Share lines of a question and round: group, then value and count pairs; answered computed. */
  private static List<Distribution> lines(
      String question, String round, String group, long answered, Object... valueCounts) {
    List<Distribution> out = new ArrayList<>();
    for (int i = 0; i < valueCounts.length; i += 2) {
      long n = ((Number) valueCounts[i + 1]).longValue();
      out.add(
          new Distribution(
              question,
              round,
              group,
              Distribution.SHARE,
              (String) valueCounts[i],
              n,
              answered,
              2L,
              n / (double) answered,
              0.1,
              0.9,
              null,
              null,
              null,
              null));
    }
    return out;
  }

  /** The status question in r1 (worked below) and in r2 (nothing small). */
  private List<Distribution> status() {
    List<Distribution> all = new ArrayList<>();
    all.addAll(lines("status", "r1", "government", 25, "planned", 10, "partial", 3, "done", 12));
    all.addAll(lines("status", "r1", "civil_society", 24, "planned", 8, "partial", 9, "done", 7));
    all.addAll(lines("status", "r1", "all", 49, "planned", 18, "partial", 12, "done", 19));
    all.addAll(lines("status", "r2", "government", 30, "planned", 10, "partial", 10, "done", 10));
    all.addAll(
        lines("status", "r2", "civil_society", 30, "planned", 10, "partial", 10, "done", 10));
    all.addAll(lines("status", "r2", "all", 60, "planned", 20, "partial", 20, "done", 20));
    return all;
  }

  private static Map<String, Long> counts(List<Distribution> lines) {
    Map<String, Long> out = new TreeMap<>();
    for (Distribution d : lines) {
      out.put(d.question() + " " + d.round() + " " + d.group() + " " + d.value(), d.respondents());
    }
    return out;
  }

  private static Comparison test(String question, String group, String choice, String design) {
    return new Comparison(
        question,
        "r1",
        "r2",
        group,
        design,
        "chi_square",
        choice,
        25L,
        30L,
        4.2,
        2.0,
        0.12,
        0.3,
        "cramers_v",
        0.21,
        List.of(),
        null,
        List.of());
  }

  @Test
  void aSmallCountIsHiddenWithTheCountsThatWouldGiveItAwayInItsGroupAndInTheTotals() {
    List<Distribution> lines = status();
    PublicFigures hidden = PublicFigures.of(catalog, lines, List.of(), THRESHOLD);
    List<Distribution> shown = hidden.distributions(lines);

    // Government's 3 "partial" (primary); its smallest other, 10 "planned", so its row of 25 does
    // not give the 3 away; civil society's 9 "partial" and 8 "planned", so the totals of all
    // (12 and 18) do not either.
    Map<String, Long> counts = counts(shown);
    assertNull(counts.get("status r1 government partial"));
    assertNull(counts.get("status r1 government planned"));
    assertNull(counts.get("status r1 civil_society partial"));
    assertNull(counts.get("status r1 civil_society planned"));
    assertEquals(12L, counts.get("status r1 government done"));
    assertEquals(18L, counts.get("status r1 all planned"));
    assertEquals(10L, counts.get("status r2 government done"));
    long hiddenCount = shown.stream().filter(d -> d.respondents() == null).count();
    assertEquals(4, hiddenCount);
    for (Distribution d : shown) {
      assertNull(d.missing(), "the public edition gives no numbers of non-answers");
      if (d.respondents() == null) {
        assertNull(d.share());
        assertNull(d.ciLow());
        assertNull(d.ciHigh());
        assertEquals(d.group().equals("government") ? 25L : 24L, d.answered());
      }
    }

    // The test of government's answers rests on the hidden counts; that of all does not.
    Comparison government = hidden.comparison(test("status", "government", null, "independent"));
    assertEquals(PublicFigures.SUPPRESSED, government.note());
    assertNull(government.statistic());
    assertNull(government.p());
    assertNull(government.pAdjusted());
    assertNull(government.effect());
    assertEquals(25L, government.nFrom());
    Comparison all = test("status", "all", null, "independent");
    assertSame(all, hidden.comparison(all));
  }

  @Test
  void aKeyFindingOnAShownTestStaysWhenTheQuestionsPanelTestIsWithheld() {
    List<Transition> transitions =
        List.of(
            new Transition("status", "r1", "r2", "all", "planned", "planned", 20L),
            new Transition("status", "r1", "r2", "all", "planned", "done", 3L),
            new Transition("status", "r1", "r2", "all", "done", "done", 25L));
    KeyFinding shift =
        new KeyFinding(
            1,
            "finding.question.shift",
            List.of(
                new Argument("question", "question", "status"),
                new Argument("group", "group", "all"),
                new Argument("from_round", "round", "r1"),
                new Argument("to_round", "round", "r2"),
                new Argument("test", "text", "chi_square")),
            "computed");
    Comparison panel =
        new Comparison(
            "status",
            "r1",
            "r2",
            "all",
            "panel",
            "wilcoxon_signed_rank",
            null,
            48L,
            48L,
            2.0,
            null,
            0.01,
            0.02,
            "rank_biserial",
            0.4,
            List.of(),
            null,
            List.of());
    Findings findings =
        new Findings(
            Findings.FORMAT_VERSION,
            "pulse",
            "public",
            List.of("r1", "r2"),
            List.of(),
            List.of(),
            List.of(test("status", "all", null, "independent"), panel),
            transitions,
            List.of(),
            List.of(shift),
            OpenAnswers.none());
    Findings shown = PublicFigures.of(catalog, status(), transitions, THRESHOLD).findings(findings);
    assertEquals(PublicFigures.SUPPRESSED, shown.comparisons().get(1).note(), "3 moved to done");
    assertEquals(List.of(shift), shown.keyFindings(), "the chi-square test it states is shown");
  }

  @Test
  void aMultiChoiceHidesAChoiceFewDidNotChooseAndAHiddenTotalInEveryChoice() {
    List<Distribution> lines = new ArrayList<>();
    // 18 of government's 20 chose the forum: the 2 who did not are a small count.
    lines.addAll(lines("channels", "r1", "government", 20, "forum", 18, "letters", 10));
    // Civil society answered 3 times: a small total, so government's 20 goes too (all's 23 stays).
    lines.addAll(lines("channels", "r1", "civil_society", 3, "forum", 0, "letters", 3));
    lines.addAll(lines("channels", "r1", "all", 23, "forum", 18, "letters", 13));
    PublicFigures hidden = PublicFigures.of(catalog, lines, List.of(), THRESHOLD);
    List<Distribution> shown = hidden.distributions(lines);

    Map<String, Long> counts = counts(shown);
    assertNull(counts.get("channels r1 government forum"));
    assertEquals(0L, counts.get("channels r1 civil_society forum"), "a zero identifies no one");
    assertNull(counts.get("channels r1 all forum"), "else it is government's, beside the 0");
    assertNull(counts.get("channels r1 civil_society letters"));
    assertNull(counts.get("channels r1 government letters"), "else 13 − 10 gives the 3 away");
    assertEquals(13L, counts.get("channels r1 all letters"));
    for (Distribution d : shown) {
      assertEquals(d.group().equals("all") ? Long.valueOf(23) : null, d.answered(), d.toString());
      if (d.answered() == null) {
        assertNull(d.share(), "a share beside its count gives the total away");
      }
    }
    assertEquals(
        PublicFigures.SUPPRESSED,
        hidden.comparison(test("channels", "all", "forum", "independent")).note());
    Comparison letters = test("channels", "all", "letters", "independent");
    assertSame(letters, hidden.comparison(letters), "all's letters are shown, and r2 has no lines");
    Comparison governmentForum =
        hidden.comparison(test("channels", "government", "forum", "independent"));
    assertNull(governmentForum.nFrom(), "government's number of answers is hidden");
    assertEquals(PublicFigures.SUPPRESSED, governmentForum.note());
  }

  @Test
  void participationPanelTransitionsCommitmentsAndTheKeyFindingsOnThemAreHidden() {
    List<ParticipationCell> participation =
        List.of(
            new ParticipationCell("r2", "government", "africa", 3L, 10, 0.3),
            new ParticipationCell("r2", "government", "europe", 20L, 25, 0.8),
            new ParticipationCell("r2", "government", "all", 23L, 35, 23 / 35.0),
            new ParticipationCell("r2", "civil_society", "africa", 12L, 20, 0.6),
            new ParticipationCell("r2", "civil_society", "europe", 9L, 10, 0.9),
            new ParticipationCell("r2", "civil_society", "all", 21L, 30, 0.7),
            new ParticipationCell("r2", "all", "africa", 15L, 30, 0.5),
            new ParticipationCell("r2", "all", "europe", 29L, 35, 29 / 35.0),
            new ParticipationCell("r2", "all", "all", 44L, 65, 44 / 65.0));
    List<Transition> transitions =
        List.of(
            new Transition("status", "r1", "r2", "all", "planned", "planned", 10L),
            new Transition("status", "r1", "r2", "all", "planned", "done", 2L),
            new Transition("status", "r1", "r2", "all", "done", "done", 12L),
            new Transition("status", "r1", "r2", "all", "done", "planned", 9L));
    List<CommitmentProgress> commitments =
        List.of(
            new CommitmentProgress(
                "c1",
                "all",
                "r1",
                30L,
                List.of(new LevelShare("planned", 27L, 0.9), new LevelShare("done", 3L, 0.1)),
                null),
            new CommitmentProgress(
                "c1",
                "all",
                "r2",
                30L,
                List.of(
                    new LevelShare("planned", 10L, 1 / 3.0), new LevelShare("done", 20L, 2 / 3.0)),
                2 / 3.0 - 0.1));
    List<KeyFinding> keyFindings =
        List.of(
            new KeyFinding(
                1,
                "finding.commitment.progress",
                List.of(
                    new Argument("item", "item", "c1"),
                    new Argument("group", "group", "all"),
                    new Argument("level", "choice", "done"),
                    new Argument("from_round", "round", "r1"),
                    new Argument("to_round", "round", "r2")),
                "computed"),
            new KeyFinding(
                2,
                "finding.participation.region_underrepresented",
                List.of(
                    new Argument("region", "region", "europe"),
                    new Argument("round", "round", "r2")),
                "computed"),
            new KeyFinding(
                3,
                "finding.participation.change",
                List.of(new Argument("from_round", "round", "r1")),
                "computed"));
    Findings findings =
        new Findings(
            Findings.FORMAT_VERSION,
            "pulse",
            "public",
            List.of("r1", "r2"),
            participation,
            List.of(
                new PanelFlow("r1", "r2", 30L, 14L, 2L), new PanelFlow("r2", "r3", 30L, 5L, 0L)),
            List.of(test("status", "all", null, "panel")),
            transitions,
            commitments,
            keyFindings,
            OpenAnswers.none());

    Findings shown =
        PublicFigures.of(catalog, List.of(), transitions, THRESHOLD).findings(findings);

    // Africa's 3 governments; then Europe's 20 (government's 23), civil society's 12 in Africa
    // (Africa's 15); civil society's 9 in Europe closes both lines.
    List<Long> respondents =
        shown.participation().stream().map(ParticipationCell::respondents).toList();
    assertEquals(
        java.util.Arrays.asList(null, null, 23L, null, null, 21L, 15L, 29L, 44L), respondents);
    assertNull(shown.participation().get(0).responseRate());
    assertEquals(10L, shown.participation().get(0).invited(), "who was invited is not an answer");

    assertEquals(new PanelFlow("r1", "r2", null, null, null), shown.panel().get(0));
    assertEquals(new PanelFlow("r2", "r3", 30L, 5L, 0L), shown.panel().get(1));

    assertEquals(
        java.util.Arrays.asList(null, null, null, null),
        shown.transitions().stream().map(Transition::respondents).toList(),
        "2 of 12 planned moved to done: each line then has a second hidden count");
    assertEquals(PublicFigures.SUPPRESSED, shown.comparisons().get(0).note());

    CommitmentProgress r1 = shown.commitments().get(0);
    assertNull(r1.levels().get(1).count(), "3 answers at the top level");
    assertNull(r1.levels().get(0).count(), "else 30 − 27 gives it away");
    assertEquals(30L, r1.answers());
    assertNull(shown.commitments().get(1).changeFromPrevious(), "it rests on r1's top level");
    assertEquals(20L, shown.commitments().get(1).levels().get(1).count());

    // Europe's 29 of 44 is shown, though two of its groups' counts are not.
    assertEquals(
        List.of("finding.participation.region_underrepresented", "finding.participation.change"),
        shown.keyFindings().stream().map(KeyFinding::key).toList(),
        "a hidden commitment level takes its finding away");
    assertEquals(List.of(1, 2), shown.keyFindings().stream().map(KeyFinding::rank).toList());
  }

  private static OpenAnswers.Coding coding(
      String round, String group, long asked, long coded, long uncoded, long blank, long byHand) {
    return new OpenAnswers.Coding(
        "cb", 1, "views", round, group, asked, coded, uncoded, blank, byHand);
  }

  private static OpenAnswers.ThemeCount theme(
      String theme,
      String round,
      String group,
      long n,
      long answered,
      long nOnce,
      long answeredOnce) {
    return new OpenAnswers.ThemeCount(
        "cb",
        "views",
        theme,
        round,
        group,
        n,
        answered,
        n / (double) answered,
        nOnce,
        answeredOnce);
  }

  private static Comparison themeTest(String theme, String group, long nFrom, long nTo) {
    return new Comparison(
        "views",
        "r1",
        "r2",
        group,
        "independent",
        "two_proportion",
        theme,
        nFrom,
        nTo,
        2.5,
        null,
        0.01,
        0.02,
        "difference_of_proportions",
        0.2,
        List.of(),
        null,
        List.of());
  }

  private static KeyFinding themeFinding(String theme) {
    return new KeyFinding(
        1,
        "finding.theme.change",
        List.of(
            new Argument("question", "question", "views"),
            new Argument("theme", "theme", theme),
            new Argument("from_round", "round", "r1"),
            new Argument("to_round", "round", "r2")),
        "computed");
  }

  @Test
  void themesAndCodingAreHiddenAsTablesOfGroupsTheirTestsWithheldAndSmallCampaignsLeftOut() {
    // r1: government answered 26 times, civil society 20, all 46; a campaign of 2 (left out).
    // r2: government 30 (27 coded, 3 uncoded, 2 by hand), civil society 30, all 60; a campaign of
    // 6 governments carrying "trust".
    List<OpenAnswers.Coding> coding =
        List.of(
            coding("r1", "all", 51, 35, 11, 5, 0),
            coding("r1", "civil_society", 25, 15, 5, 5, 0),
            coding("r1", "government", 26, 20, 6, 0, 0),
            coding("r2", "all", 60, 47, 13, 0, 2),
            coding("r2", "civil_society", 30, 20, 10, 0, 0),
            coding("r2", "government", 30, 27, 3, 0, 2));
    List<OpenAnswers.ThemeCount> themes =
        List.of(
            theme("funding", "r1", "all", 13, 46, 12, 45),
            theme("funding", "r1", "civil_society", 10, 20, 9, 19),
            theme("funding", "r1", "government", 3, 26, 3, 26),
            theme("trust", "r1", "all", 34, 46, 34, 45),
            theme("trust", "r1", "civil_society", 10, 20, 10, 19),
            theme("trust", "r1", "government", 24, 26, 24, 26),
            theme("other", "r1", "all", 4, 46, 4, 45),
            theme("other", "r1", "civil_society", 4, 20, 4, 19),
            theme("funding", "r2", "all", 20, 60, 20, 55),
            theme("funding", "r2", "civil_society", 10, 30, 10, 30),
            theme("funding", "r2", "government", 10, 30, 10, 25),
            theme("trust", "r2", "all", 30, 60, 25, 55),
            theme("trust", "r2", "civil_society", 15, 30, 15, 30),
            theme("trust", "r2", "government", 15, 30, 10, 25),
            theme("other", "r2", "all", 10, 60, 10, 55),
            theme("other", "r2", "civil_society", 5, 30, 5, 30),
            theme("other", "r2", "government", 5, 30, 5, 25));
    List<Comparison> tests =
        List.of(
            themeTest("funding", "all", 46, 60),
            themeTest("funding", "government", 26, 30),
            themeTest("other", "all", 46, 60));
    List<OpenAnswers.Campaign> campaigns =
        List.of(
            new OpenAnswers.Campaign("views", "r1", 2, true, List.of("funding")),
            new OpenAnswers.Campaign("views", "r2", 6, true, List.of("trust")));
    Findings findings =
        new Findings(
            Findings.FORMAT_VERSION,
            "pulse",
            "public",
            List.of("r1", "r2"),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(themeFinding("other"), themeFinding("funding")),
            new OpenAnswers(coding, themes, tests, campaigns));

    Findings shownFindings =
        PublicFigures.of(catalog, List.of(), List.of(), THRESHOLD).findings(findings);
    OpenAnswers shown = shownFindings.openAnswers();

    // r1 funding: government's 3 (primary), so civil society's 10 (else all's 13 gives it away).
    // r1 trust: government's 26 − 24 = 2 without it, so its 24, then civil society's 10.
    // r1 other: civil society's 4 and all's 4 (government's is 0). r2: nothing small.
    List<String> hiddenThemes = new ArrayList<>();
    for (OpenAnswers.ThemeCount t : shown.themes()) {
      if (t.respondents() == null) {
        hiddenThemes.add(t.theme() + " " + t.round() + " " + t.group());
        assertNull(t.share(), "no share beside a hidden count");
        assertNull(t.respondentsOnce());
      } else {
        assertEquals(t.respondents() / (double) t.answered(), t.share(), 1e-12);
      }
      assertNotNull(t.answered(), "no number of answers is hidden: " + t);
      if (t.round().equals("r1")) {
        assertNull(t.answeredOnce(), "r1's campaign of 2 is left out; these would show it: " + t);
        assertNull(t.respondentsOnce());
      }
    }
    assertEquals(
        List.of(
            "funding r1 civil_society",
            "funding r1 government",
            "trust r1 civil_society",
            "trust r1 government",
            "other r1 all",
            "other r1 civil_society"),
        hiddenThemes);
    assertEquals(themes.subList(8, 17), shown.themes().subList(8, 17), "r2's are all shown");

    // r2: government's 3 uncoded, so its 27 coded, and civil society's 10 and 20 (all's 13 and 47
    // stay); 2 coded by hand in government, so in all too (civil society's 0 is shown).
    List<String> hiddenCoding = new ArrayList<>();
    for (OpenAnswers.Coding c : shown.coding()) {
      String cell = c.round() + " " + c.group() + " ";
      if (c.asked() == null) {
        hiddenCoding.add(cell + "asked");
      }
      if (c.coded() == null) {
        hiddenCoding.add(cell + "coded");
      }
      if (c.uncoded() == null) {
        hiddenCoding.add(cell + "uncoded");
      }
      if (c.blank() == null) {
        hiddenCoding.add(cell + "blank");
      }
      if (c.byHand() == null) {
        hiddenCoding.add(cell + "by_hand");
      }
    }
    assertEquals(
        List.of(
            "r2 all by_hand",
            "r2 civil_society coded",
            "r2 civil_society uncoded",
            "r2 government coded",
            "r2 government uncoded",
            "r2 government by_hand"),
        hiddenCoding);

    // The test of funding among all rests on 13 and 20, shown; government's on its hidden 3, and
    // all's of "other" on its hidden 4.
    assertSame(tests.get(0), shown.tests().get(0));
    for (Comparison withheld : shown.tests().subList(1, 3)) {
      assertEquals(PublicFigures.SUPPRESSED, withheld.note(), withheld.toString());
      assertNull(withheld.statistic());
      assertNull(withheld.p());
      assertNull(withheld.pAdjusted());
      assertNull(withheld.effect());
    }
    assertEquals(26L, shown.tests().get(1).nFrom(), "government's answers are shown");

    assertEquals(List.of(campaigns.get(1)), shown.campaigns(), "a campaign of 2 is 2 respondents");
    assertEquals(
        List.of("funding"),
        shownFindings.keyFindings().stream()
            .map(f -> String.valueOf(f.args().get(1).value()))
            .toList(),
        "the finding on \"other\" rests on all's hidden 4");
    assertEquals(1, shownFindings.keyFindings().get(0).rank());

    System.out.println(
        "PublicFiguresTest: open answers: "
            + hiddenThemes.size()
            + " of "
            + themes.size()
            + " theme counts hidden, "
            + hiddenCoding.size()
            + " of "
            + coding.size() * 5
            + " coding counts hidden, "
            + shown.tests().stream().filter(t -> PublicFigures.SUPPRESSED.equals(t.note())).count()
            + " of "
            + tests.size()
            + " theme tests withheld, "
            + shown.campaigns().size()
            + " of "
            + campaigns.size()
            + " campaigns given, "
            + shownFindings.keyFindings().size()
            + " of 2 key findings kept");
  }
}
