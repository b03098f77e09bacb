package dev.stocktake.reports.html;

import dev.stocktake.reports.input.Clearances;
import dev.stocktake.reports.input.DataCounts;
import dev.stocktake.reports.input.ReportInputs;
import dev.stocktake.reports.model.Labels;
import dev.stocktake.schema.Text;
import dev.stocktake.schema.clearance.ClearanceDecision;
import dev.stocktake.schema.clearance.Consent;
import dev.stocktake.schema.clearance.RespondentAnswers;
import dev.stocktake.schema.clearance.RespondentAnswers.Answer;
import dev.stocktake.schema.codebook.Codebook;
import dev.stocktake.schema.codebook.Theme;
import dev.stocktake.schema.findings.CommitmentProgress;
import dev.stocktake.schema.findings.CommitmentProgress.LevelShare;
import dev.stocktake.schema.findings.Comparison;
import dev.stocktake.schema.findings.Distribution;
import dev.stocktake.schema.findings.Findings;
import dev.stocktake.schema.findings.KeyFinding;
import dev.stocktake.schema.findings.OpenAnswers;
import dev.stocktake.schema.findings.PanelFlow;
import dev.stocktake.schema.findings.ParticipationCell;
import dev.stocktake.schema.project.Project;
import dev.stocktake.translations.Catalog;
import dev.stocktake.translations.LabelOverrides;
import dev.stocktake.translations.Messages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small report on the example project's schema with planted figures: partner organisations are 3
 * respondents in 2020 (below the threshold of 5), "Fully implemented" has 3 answers in 2020, and
 * four respondents of 2022 with each consent state, one of whom answers with markup.
 */
final class PlantedReport {
  static final Project EXAMPLE =
      Project.load(Path.of("../examples/christchurch-call-consultation"));
  static final Catalog CATALOG = Catalog.load();
  static final String HOSTILE = "<script>alert('x')</script><img src=x onerror=alert(1)>";

  private PlantedReport() {}

  static String render(String language, boolean publicEdition) {
    return render(inputs(), language, publicEdition);
  }

  /**
   * The report of other inputs on the example's schema, with these clearances and a threshold of 5.
   */
  static String render(ReportInputs inputs, String language, boolean publicEdition) {
    Messages messages = CATALOG.messages(language);
    return IndexDocument.render(
        inputs,
        clearances(),
        labels(language, messages),
        messages,
        "English",
        new IndexDocument.Settings(publicEdition, 5, List.of()));
  }

  static Labels labels(String language, Messages messages) {
    return new Labels(
        language,
        EXAMPLE.config(),
        EXAMPLE.newestSchema(),
        EXAMPLE.framework().orElse(null),
        messages,
        LabelOverrides.none(),
        List.of(CODEBOOK));
  }

  static final Codebook CODEBOOK =
      new Codebook(
          "ccc-open-answers",
          1,
          null,
          List.of("en"),
          List.of("implementation_comments"),
          null,
          List.of(
              new Theme(
                  "resources", Text.of(Map.of("en", "Resources and capacity")), null, Map.of()),
              new Theme("legal", Text.of(Map.of("en", "Legal frameworks")), null, Map.of())));

  /**
   * Open answers to implementation_comments: "resources" grows from 8 of 40 answers to 20 of 44;
   * "legal" has 3 answers in 2020 (hidden in public); a campaign of 6 identical answers in 2022;
   * two quotes for "resources", one named and one anonymous in French.
   */
  static OpenAnswers openAnswers() {
    List<OpenAnswers.Coding> coding =
        List.of(
            new OpenAnswers.Coding(
                "ccc-open-answers",
                1,
                "implementation_comments",
                "2020",
                "all",
                45L,
                30L,
                10L,
                5L,
                0L),
            new OpenAnswers.Coding(
                "ccc-open-answers",
                1,
                "implementation_comments",
                "2022",
                "all",
                50L,
                34L,
                10L,
                6L,
                4L));
    List<OpenAnswers.ThemeCount> themes =
        List.of(
            theme("resources", "2020", 8, 40),
            new OpenAnswers.ThemeCount(
                "ccc-open-answers",
                "implementation_comments",
                "resources",
                "2022",
                "all",
                20L,
                44L,
                20 / 44.0,
                15L,
                39L),
            theme("legal", "2020", 3, 40),
            theme("legal", "2022", 12, 44));
    Comparison resources =
        new Comparison(
            "implementation_comments",
            "2020",
            "2022",
            "all",
            "independent",
            "two_proportion",
            "resources",
            40L,
            44L,
            5.1,
            null,
            0.0005,
            0.001,
            "difference_of_proportions",
            0.25,
            List.of(),
            null,
            List.of());
    return new OpenAnswers(
        coding,
        themes,
        List.of(resources),
        List.of(
            new OpenAnswers.Campaign(
                "implementation_comments", "2022", 6, true, List.of("resources"))),
        List.of(
            new OpenAnswers.Quote(
                "ccc-open-answers",
                "implementation_comments",
                "resources",
                "2022",
                1,
                "Named hindrance",
                "en",
                "full",
                "Named Trust",
                "civil_society",
                "europe"),
            new OpenAnswers.Quote(
                "ccc-open-answers",
                "implementation_comments",
                "resources",
                "2022",
                2,
                "Quiet hindrance",
                "fr",
                "anonymous",
                null,
                "government",
                "asia")));
  }

  private static OpenAnswers.ThemeCount theme(String id, String round, long n, long answered) {
    return new OpenAnswers.ThemeCount(
        "ccc-open-answers",
        "implementation_comments",
        id,
        round,
        "all",
        n,
        answered,
        n / (double) answered,
        n,
        answered);
  }

  static ReportInputs inputs() {
    return new ReportInputs(findings(), distributions(), dataCounts());
  }

  /** Group × region counts per round: {asia, europe} for each group. */
  private static final Map<String, long[][]> PARTICIPATION =
      Map.of(
          "2020", new long[][] {{10, 12}, {8, 9}, {6, 7}, {1, 2}},
          "2022", new long[][] {{11, 13}, {9, 10}, {7, 8}, {3, 3}});

  private static final List<String> GROUPS =
      List.of("government", "online_service_provider", "civil_society", "partner");
  private static final List<String> REGIONS = List.of("asia", "europe");

  static Findings findings() {
    List<ParticipationCell> cells = new ArrayList<>();
    for (String round : List.of("2020", "2022")) {
      long[][] t = PARTICIPATION.get(round);
      long all = 0;
      long[] byRegion = new long[REGIONS.size()];
      for (int g = 0; g < GROUPS.size(); g++) {
        long sum = 0;
        for (int r = 0; r < REGIONS.size(); r++) {
          cells.add(cell(round, GROUPS.get(g), REGIONS.get(r), t[g][r]));
          sum += t[g][r];
          byRegion[r] += t[g][r];
        }
        cells.add(cell(round, GROUPS.get(g), "all", sum));
        all += sum;
      }
      for (int r = 0; r < REGIONS.size(); r++) {
        cells.add(cell(round, "all", REGIONS.get(r), byRegion[r]));
      }
      cells.add(cell(round, "all", "all", all));
    }
    List<CommitmentProgress> progress =
        List.of(
            progress("2020", new long[] {20, 15, 12, 3}, null),
            progress("2022", new long[] {15, 15, 10, 12}, 0.17));
    List<Comparison> comparisons =
        List.of(
            comparison(
                "all", "independent", "mann_whitney", 50, 52, 1e-5, 3e-5, "rank_biserial", 0.31),
            comparison(
                "all",
                "panel",
                "wilcoxon_signed_rank",
                30,
                30,
                0.2,
                0.4,
                "matched_pairs_rank_biserial",
                0.05),
            comparison(
                "partner", "independent", "mann_whitney", 3, 6, 0.5, 0.7, "rank_biserial", 0.2));
    return new Findings(
        Findings.FORMAT_VERSION,
        "christchurch-call-consultation",
        "public",
        List.of("2020", "2022"),
        cells,
        List.of(new PanelFlow("2020", "2022", 30L, 34L, 25L)),
        comparisons,
        List.of(),
        progress,
        List.of(
            new KeyFinding(
                1,
                "finding.participation.change",
                List.of(
                    new KeyFinding.Argument("from_round", "round", "2020"),
                    new KeyFinding.Argument("to_round", "round", "2022"),
                    new KeyFinding.Argument("from_count", "count", 55),
                    new KeyFinding.Argument("to_count", "count", 64)),
                "computed"),
            new KeyFinding(
                2,
                "finding.participation.group_underrepresented",
                List.of(
                    new KeyFinding.Argument("group", "group", "partner"),
                    new KeyFinding.Argument("round", "round", "2020"),
                    new KeyFinding.Argument("share_of_respondents", "share", 0.055),
                    new KeyFinding.Argument("share_of_invited", "share", 0.2)),
                "computed")),
        openAnswers());
  }

  private static ParticipationCell cell(String round, String group, String region, long n) {
    return new ParticipationCell(round, group, region, n, n + 4, n / (double) (n + 4));
  }

  private static final List<String> LEVELS =
      List.of(
          "not_started",
          "planned",
          "partially_implemented|substantially_implemented",
          "implemented");

  private static CommitmentProgress progress(String round, long[] counts, Double change) {
    long answers = 0;
    for (long c : counts) {
      answers += c;
    }
    List<LevelShare> levels = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      levels.add(new LevelShare(LEVELS.get(i), counts[i], counts[i] / (double) answers));
    }
    return new CommitmentProgress("cc.crisis_response", "all", round, answers, levels, change);
  }

  private static Comparison comparison(
      String group,
      String design,
      String test,
      long nFrom,
      long nTo,
      double p,
      double pAdjusted,
      String effectName,
      double effect) {
    return new Comparison(
        "status_crisis_response",
        "2020",
        "2022",
        group,
        design,
        test,
        null,
        nFrom,
        nTo,
        1.0,
        null,
        p,
        pAdjusted,
        effectName,
        effect,
        List.of(),
        null,
        List.of());
  }

  static List<Distribution> distributions() {
    List<Distribution> out = new ArrayList<>();
    long[][] counts = {{20, 15, 12, 3}, {15, 15, 10, 12}};
    String[] rounds = {"2020", "2022"};
    for (int r = 0; r < 2; r++) {
      long answered = 0;
      for (long c : counts[r]) {
        answered += c;
      }
      for (int i = 0; i < LEVELS.size(); i++) {
        String value = r == 1 && i == 2 ? "partially_implemented" : LEVELS.get(i);
        out.add(share("status_crisis_response", rounds[r], value, counts[r][i], answered));
      }
      out.add(share("service_types", rounds[r], "social_media", 30, 40));
      out.add(share("service_types", rounds[r], "messaging", 37, 40));
      out.add(
          new Distribution(
              "year_joined",
              rounds[r],
              "all",
              "summary",
              "",
              40L,
              40L,
              0L,
              null,
              null,
              null,
              2019.5,
              2019.0,
              2019.0,
              2020.0));
    }
    return out;
  }

  private static Distribution share(
      String question, String round, String value, long n, long answered) {
    return new Distribution(
        question,
        round,
        "all",
        "share",
        value,
        n,
        answered,
        0L,
        n / (double) answered,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  static DataCounts dataCounts() {
    DataCounts.Counts c2020 = new DataCounts.Counts(57, 55, 1, 1, 1500, 2);
    DataCounts.Counts c2022 = new DataCounts.Counts(66, 64, 0, 2, 1800, 0);
    return new DataCounts(
        new DataCounts.Counts(123, 119, 1, 3, 3300, 2),
        List.of(
            new DataCounts.RoundCounts("2020", 1, c2020),
            new DataCounts.RoundCounts("2022", 1, c2022)),
        Map.of("superseded", 3L, "unknown_code", 2L, "bad_quote", 1L));
  }

  static Clearances clearances() {
    List<RespondentAnswers> respondents =
        List.of(
            respondent("org-1", "Named Trust", Consent.FULL, HOSTILE, "Named hindrance"),
            respondent(
                "org-2",
                "Hidden Name Ltd",
                Consent.ANONYMOUS,
                "Anonymous practice",
                "Redacted hindrance"),
            respondent(
                "org-3",
                "Withheld Org",
                Consent.WITHHELD,
                "Withheld practice",
                "Withheld hindrance"),
            respondent(
                "org-4", "Pending Org", Consent.PENDING, "Pending practice", "Pending hindrance"));
    return new Clearances(
        respondents,
        List.of(
            new ClearanceDecision(
                "2022",
                "org-2",
                "implementation_comments",
                ClearanceDecision.Decision.REDACTED,
                "names a partner"),
            new ClearanceDecision(
                "2022", "org-1", "good_practice_example", ClearanceDecision.Decision.CLEARED, "")));
  }

  private static RespondentAnswers respondent(
      String id, String name, Consent consent, String practice, String hindrance) {
    return new RespondentAnswers(
        "2022",
        id,
        name,
        "civil_society",
        "europe",
        "New Zealand",
        // The anonymous respondent wrote in French.
        consent == Consent.ANONYMOUS ? "fr" : "en",
        consent,
        List.of(
            new Answer("good_practice_example", List.of(practice), false),
            new Answer("implementation_comments", List.of(hindrance), false)));
  }
}
