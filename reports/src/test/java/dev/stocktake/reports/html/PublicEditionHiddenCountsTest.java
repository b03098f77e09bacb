package dev.stocktake.reports.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.stocktake.reports.input.ReportInputs;
import dev.stocktake.reports.model.Labels;
import dev.stocktake.reports.render.KeyFindingsDocument;
import dev.stocktake.reports.suppression.KeyFindingFilter;
import dev.stocktake.reports.suppression.ParticipationSuppression;
import dev.stocktake.reports.suppression.TestCells;
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
import dev.stocktake.translations.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A public report made from outputs the public edition's compare stage wrote already suppressed
 * (threshold 5): counts it hid are null in findings.json and empty cells in distributions.csv, and
 * a test whose figures would give a hidden count away is withheld (note "suppressed"). Every such
 * place must show the report's suppressed marker, never a 0 for the missing count nor a share of a
 * hidden total, and a withheld test says why it is not shown.
 */
class PublicEditionHiddenCountsTest {
  private static final String HIDDEN = "hidden";
  private static final String WITHHELD_SENTENCE =
      "Not shown: this test would reveal a count below 5.";
  private static final String WITHHELD_SHORT = "Not shown: would reveal a count below 5";

  /**
   * Empty cells are hidden counts. The likert question hides two levels in 2020 and, in 2022, its
   * top level with the total (the other counts of 2022 stay, their shares cannot); the multi-choice
   * question hides "messaging" in 2020 and all of 2022; the yes/no question hides both answers of
   * 2020; the number's summary of 2022 is hidden.
   */
  private static final String DISTRIBUTIONS =
      """
      question,round,group,kind,value,respondents,answered,missing,share,ci_low,ci_high,mean,median,q1,q3
      status_crisis_response,2020,all,share,not_started,20,50,,0.4,0.27,0.54,,,,
      status_crisis_response,2020,all,share,planned,15,50,,0.3,0.19,0.44,,,,
      status_crisis_response,2020,all,share,partially_implemented|substantially_implemented,,50,,,,,,,,
      status_crisis_response,2020,all,share,implemented,,50,,,,,,,,
      status_crisis_response,2022,all,share,not_started,15,,,,,,,,,
      status_crisis_response,2022,all,share,planned,15,,,,,,,,,
      status_crisis_response,2022,all,share,partially_implemented,10,,,,,,,,,
      status_crisis_response,2022,all,share,implemented,,,,,,,,,,
      service_types,2020,all,share,social_media,30,40,,0.75,0.6,0.86,,,,
      service_types,2020,all,share,messaging,,40,,,,,,,,
      service_types,2022,all,share,social_media,,,,,,,,,,
      service_types,2022,all,share,messaging,,,,,,,,,,
      ccan_member,2020,all,share,yes,,40,,,,,,,,
      ccan_member,2020,all,share,no,,40,,,,,,,,
      ccan_member,2022,all,share,yes,20,45,,0.444,0.31,0.59,,,,
      ccan_member,2022,all,share,no,25,45,,0.556,0.41,0.69,,,,
      year_joined,2020,all,summary,,40,40,,,,,2019.5,2019.0,2019.0,2020.0
      year_joined,2022,all,summary,,,,,,,,,,,
      """;

  private static final String RECONCILIATION =
      """
      {"totals": {"rows_read": 123, "accepted": 119, "quarantined": 1, "superseded": 3,
        "answers_written": 3300, "answers_quarantined": 2},
       "rounds": [], "quarantine_by_reason": {}}
      """;

  private static final List<String> GROUPS =
      List.of("government", "online_service_provider", "civil_society", "partner");

  @TempDir static Path out;
  private static ReportInputs inputs;
  private static Document doc;
  private static int checked;

  @BeforeAll
  static void writeAndRead() throws IOException {
    new ObjectMapper()
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .writeValue(out.resolve("findings.json").toFile(), findings());
    Files.writeString(out.resolve("distributions.csv"), DISTRIBUTIONS);
    Files.writeString(out.resolve("reconciliation.json"), RECONCILIATION);
    inputs = ReportInputs.read(out);
    doc = Jsoup.parse(PlantedReport.render(inputs, "en", true));
  }

  /**
   * 2020: civil society (6 + 7) and partners (1 + 2) are hidden in both regions; the regions and
   * the grand total (55) are shown. 2022: nothing hidden (69).
   */
  private static List<ParticipationCell> participation() {
    long[][] y2020 = {{10, 12}, {8, 9}, {-1, -1}, {-1, -1}};
    long[][] y2022 = {{11, 13}, {9, 10}, {7, 8}, {5, 6}};
    List<ParticipationCell> cells = new ArrayList<>();
    for (String round : List.of("2020", "2022")) {
      long[][] t = round.equals("2020") ? y2020 : y2022;
      for (int g = 0; g < GROUPS.size(); g++) {
        boolean hidden = t[g][0] < 0;
        cells.add(cell(round, GROUPS.get(g), "asia", hidden ? null : t[g][0]));
        cells.add(cell(round, GROUPS.get(g), "europe", hidden ? null : t[g][1]));
        cells.add(cell(round, GROUPS.get(g), "all", hidden ? null : t[g][0] + t[g][1]));
      }
    }
    cells.add(cell("2020", "all", "asia", 25L));
    cells.add(cell("2020", "all", "europe", 30L));
    cells.add(cell("2020", "all", "all", 55L));
    cells.add(cell("2022", "all", "asia", 32L));
    cells.add(cell("2022", "all", "europe", 37L));
    cells.add(cell("2022", "all", "all", 69L));
    return cells;
  }

  /** Invited: 100 a cell; the rate is hidden with the count. */
  private static ParticipationCell cell(String round, String group, String region, Long n) {
    return new ParticipationCell(round, group, region, n, 100, n == null ? null : n / 100.0);
  }

  /** 2020: two levels hidden of 50; 2022: the top level and the total hidden, 40 shown. */
  private static List<CommitmentProgress> commitments() {
    String merged = "partially_implemented|substantially_implemented";
    return List.of(
        new CommitmentProgress(
            "cc.crisis_response",
            "all",
            "2020",
            50L,
            List.of(
                new LevelShare("not_started", 20L, 0.4),
                new LevelShare("planned", 15L, 0.3),
                new LevelShare(merged, null, null),
                new LevelShare("implemented", null, null)),
            null),
        new CommitmentProgress(
            "cc.crisis_response",
            "all",
            "2022",
            null,
            List.of(
                new LevelShare("not_started", 15L, null),
                new LevelShare("planned", 15L, null),
                new LevelShare(merged, 10L, null),
                new LevelShare("implemented", null, null)),
            null));
  }

  private static Comparison test(
      String question,
      String design,
      String name,
      String choice,
      Long nFrom,
      Long nTo,
      Double p,
      String effectName,
      Double effect,
      String note) {
    return new Comparison(
        question,
        "2020",
        "2022",
        "all",
        design,
        name,
        choice,
        nFrom,
        nTo,
        p == null ? null : 1.0,
        null,
        p,
        p == null ? null : p * 2,
        effectName,
        effect,
        List.of(),
        note,
        List.of());
  }

  /**
   * Coding of implementation_comments as compare hid it: 2020 whole; 2022's 3 answers matching no
   * theme, so its 41 coded, and its 4 coded by hand.
   */
  private static List<OpenAnswers.Coding> openCoding(OpenAnswers.Coding y2020) {
    return List.of(
        y2020,
        new OpenAnswers.Coding(
            y2020.codebook(),
            y2020.version(),
            y2020.question(),
            "2022",
            "all",
            50L,
            null,
            null,
            6L,
            null));
  }

  /**
   * Themes as compare hid them: "legal" in 2020 (3 of 40), with its share; the figures counting the
   * campaign once in 2022. The numbers of answers (40, 44) are shown.
   */
  private static List<OpenAnswers.ThemeCount> openThemes() {
    String codebook = "ccc-open-answers";
    String question = "implementation_comments";
    return List.of(
        new OpenAnswers.ThemeCount(
            codebook, question, "resources", "2020", "all", 8L, 40L, 0.2, 8L, 40L),
        new OpenAnswers.ThemeCount(
            codebook, question, "resources", "2022", "all", 20L, 44L, 20 / 44.0, null, null),
        new OpenAnswers.ThemeCount(
            codebook, question, "legal", "2020", "all", null, 40L, null, null, null),
        new OpenAnswers.ThemeCount(
            codebook, question, "legal", "2022", "all", 12L, 44L, 12 / 44.0, null, null));
  }

  static Findings findings() {
    List<Comparison> comparisons =
        List.of(
            // Withheld by compare: its 2022 number of answers is hidden.
            test(
                "status_crisis_response",
                "independent",
                "mann_whitney",
                null,
                50L,
                null,
                null,
                "rank_biserial",
                null,
                "suppressed"),
            // Shown: the panel's numbers of answers are enough and nothing of it is hidden.
            test(
                "status_crisis_response",
                "panel",
                "wilcoxon_signed_rank",
                null,
                30L,
                30L,
                0.2,
                "matched_pairs_rank_biserial",
                0.05,
                null),
            // Withheld by compare, with both numbers of answers hidden.
            test(
                "service_types",
                "independent",
                "two_proportion",
                "social_media",
                null,
                null,
                null,
                "difference_of_proportions",
                null,
                "suppressed"),
            // Not withheld, but "yes" of 2020 is hidden in its table: TestCells hides it.
            test(
                "ccan_member",
                "independent",
                "two_proportion",
                null,
                40L,
                45L,
                0.01,
                "difference_of_proportions",
                0.2,
                null));
    OpenAnswers planted = PlantedReport.openAnswers();
    Comparison themeWithheld =
        new Comparison(
            "implementation_comments",
            "2020",
            "2022",
            "all",
            "independent",
            "two_proportion",
            "resources",
            40L,
            null,
            null,
            null,
            null,
            null,
            "difference_of_proportions",
            null,
            List.of(),
            "suppressed",
            List.of());
    OpenAnswers open =
        new OpenAnswers(
            openCoding(planted.coding().get(0)),
            openThemes(),
            List.of(themeWithheld),
            planted.campaigns(),
            planted.quotes());
    List<KeyFinding> keyFindings =
        List.of(
            new KeyFinding(
                1,
                "finding.participation.change",
                List.of(
                    new Argument("from_round", "round", "2020"),
                    new Argument("to_round", "round", "2022"),
                    new Argument("from_count", "count", 55),
                    new Argument("to_count", "count", 69)),
                "computed"),
            // On a hidden level: compare drops it; the report's filter must too, without failing.
            new KeyFinding(
                2,
                "finding.commitment.progress",
                List.of(
                    new Argument("item", "item", "cc.crisis_response"),
                    new Argument("group", "group", "all"),
                    new Argument("level", "choice", "implemented"),
                    new Argument("from_round", "round", "2020"),
                    new Argument("to_round", "round", "2022"),
                    new Argument("from_share", "share", 0.06),
                    new Argument("to_share", "share", 0.2)),
                "computed"),
            // On the withheld test.
            new KeyFinding(
                3,
                "finding.question.shift",
                List.of(
                    new Argument("question", "question", "status_crisis_response"),
                    new Argument("group", "group", "all"),
                    new Argument("from_round", "round", "2020"),
                    new Argument("to_round", "round", "2022"),
                    new Argument("test", "text", "mann_whitney")),
                "computed"),
            // On a theme count compare hid (null): left out, without failing.
            new KeyFinding(
                4,
                "finding.theme.change",
                List.of(
                    new Argument("question", "question", "implementation_comments"),
                    new Argument("codebook", "text", "ccc-open-answers"),
                    new Argument("theme", "theme", "legal"),
                    new Argument("from_round", "round", "2020"),
                    new Argument("to_round", "round", "2022"),
                    new Argument("from_share", "share", 0.075),
                    new Argument("to_share", "share", 12 / 44.0)),
                "computed"));
    return new Findings(
        Findings.FORMAT_VERSION,
        "christchurch-call-consultation",
        "public",
        List.of("2020", "2022"),
        participation(),
        List.of(new PanelFlow("2020", "2022", null, null, null)),
        comparisons,
        List.of(
            new Transition(
                "status_crisis_response", "2020", "2022", "all", "planned", "implemented", null),
            new Transition(
                "status_crisis_response", "2020", "2022", "all", "planned", "planned", 12L)),
        commitments(),
        keyFindings,
        open);
  }

  private static Element block(String heading) {
    return doc.select(".block").stream()
        .filter(b -> b.selectFirst("h3, h4").text().equals(heading))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no block " + heading));
  }

  /** The cells of a table's column, row by row (the row header is not a cell). */
  private static List<String> column(Element table, int at) {
    return table.select("tbody tr").stream().map(r -> r.select("td").get(at).text()).toList();
  }

  private static List<String> row(Element table, String header) {
    return table.select("tbody tr").stream()
        .filter(r -> r.selectFirst("th").text().equals(header))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + header))
        .select("td")
        .eachText();
  }

  private static void assertColumn(List<String> expected, Element table, int at) {
    assertEquals(expected, column(table, at));
    checked += expected.stream().filter(HIDDEN::equals).count();
  }

  private static Labels labels() {
    return PlantedReport.labels("en", PlantedReport.CATALOG.messages("en"));
  }

  @Test
  void emptyCellsOfDistributionsAreReadAsHiddenNotAsZero() {
    Distribution implemented2022 =
        inputs.distributions().stream()
            .filter(
                d ->
                    d.question().equals("status_crisis_response")
                        && d.round().equals("2022")
                        && "implemented".equals(d.value()))
            .findFirst()
            .orElseThrow();
    assertNull(implemented2022.respondents());
    assertNull(implemented2022.answered());
    assertNull(implemented2022.share());
    assertNull(inputs.findings().panel().get(0).returning());
  }

  @Test
  void everyHiddenCountOfThePublicReportShowsTheSuppressedMarker() {
    checked = 0;
    String text = doc.body().text();
    for (String wrong : List.of("NaN", "Infinity", "null", "∞", "�")) {
      assertFalse(text.contains(wrong), "no " + wrong + " in the report");
    }

    // Participation 2020: civil society and partners hidden with their rates, never 0.
    Element groups = doc.selectFirst("#participation-groups table");
    assertColumn(List.of("22", "17", HIDDEN, HIDDEN, "55"), groups, 0);
    assertColumn(List.of("22%", "17%", HIDDEN, HIDDEN, "55%"), groups, 2);
    assertColumn(List.of("24", "19", "15", "11", "69"), groups, 3);
    // The 2020 bar: 22 and 17 of 55 drawn, the hidden 16 as one hatched piece.
    Element bar2020 = doc.select("#participation-groups svg.bar").first();
    assertEquals(
        List.of("29.091"),
        bar2020.select("rect[fill^=url]").eachAttr("width"),
        "one hatched piece: what the 55 leave after 22 and 17");

    // Panel flow hidden: no sentence, no fact.
    String summary = doc.getElementById("summary").text();
    assertFalse(summary.contains("answered in both"), summary);
    assertFalse(summary.contains("took part in both"), summary);
    assertEquals(List.of("69", "69%", "1"), doc.select("dl.facts dd").eachText());

    // Commitment: 2020 hides two levels of 50; 2022 the top level and the total, so the counts
    // it shows have no share (it would give the total away), and the change is not stated.
    String item = labels().item("cc.crisis_response");
    Element commitment = block(item);
    Element progress = commitment.selectFirst("table");
    assertColumn(List.of("40% (20)", "30% (15)", HIDDEN, HIDDEN, "50"), progress, 0);
    assertColumn(List.of("15", "15", "10", HIDDEN, HIDDEN), progress, 1);
    assertTrue(commitment.text().contains("too few answers in one of the rounds"));
    assertEquals(1, commitment.select("svg.bar").size(), "no bar on a hidden total");
    assertEquals(
        List.of("30"),
        commitment.select("svg.bar rect[fill^=url]").eachAttr("width"),
        "the two hidden levels of 2020 as one piece: 50 − 20 − 15");

    // The likert question: the same figures from distributions.csv, and its withheld test.
    Element likert = block(labels().question("status_crisis_response"));
    Element distribution = likert.selectFirst("table");
    assertColumn(List.of("40% (20)", "30% (15)", HIDDEN, HIDDEN, "50"), distribution, 0);
    assertColumn(List.of("15", "15", "10", HIDDEN, HIDDEN), distribution, 1);
    assertTrue(likert.text().contains(WITHHELD_SENTENCE), likert.text());
    Element tests = likert.select("table").last();
    List<String> withheld = tests.select("tbody tr").get(0).select("td").eachText();
    assertEquals(
        List.of("All respondents", "Mann–Whitney U test", HIDDEN, WITHHELD_SHORT, "—", "—"),
        withheld.subList(0, 6));
    checked++;
    assertTrue(
        tests.select("tbody tr").get(1).text().contains("No significant change"),
        "a test compare did not withhold is shown: " + tests.text());

    // The multi-choice question: "messaging" of 2020 and all of 2022 hidden.
    Element multi = block(labels().question("service_types"));
    Element choices = multi.selectFirst("table");
    assertColumn(List.of("75% (30)", HIDDEN, "40"), choices, 0);
    assertColumn(List.of(HIDDEN, HIDDEN, HIDDEN), choices, 1);
    assertTrue(
        multi.select("table").last().text().contains(WITHHELD_SHORT),
        multi.select("table").last().text());
    assertFalse(
        multi.text().contains("No answer was chosen by a significantly different share"),
        "no claim that nothing changed when the test of a choice is withheld");

    // The yes/no question: 2020 hidden whole; its test of "yes" is not withheld, but would give
    // 2020's hidden count away.
    Element yesNo = block(labels().question("ccan_member"));
    assertColumn(List.of(HIDDEN, HIDDEN, "40"), yesNo.selectFirst("table"), 0);
    assertTrue(yesNo.text().contains(WITHHELD_SENTENCE), yesNo.text());
    assertFalse(yesNo.text().contains("Too few answers"), yesNo.text());
    assertTrue(yesNo.select("table").last().text().contains(WITHHELD_SHORT));

    // The number's summary of 2022.
    Element summaryTable = block(labels().question("year_joined")).selectFirst("table");
    List<String> y2022 = row(summaryTable, "2022");
    assertEquals(List.of(HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN), y2022);
    checked += y2022.size();

    // The theme test compare withheld is not stated.
    Element themeBlock = doc.getElementById("themes-1");
    String themes = themeBlock.text();
    assertFalse(themes.contains("More answers mentioned"), themes);
    // Themes: legal's hidden 3 of 2020 with no share; 2022's hidden answers matching no theme, the
    // 44 answers taken from the theme counts. No sentence on 2022's hidden coding or by-hand
    // counts; the campaign said with the answers, its theme's once-figures being hidden.
    Element themeTable = themeBlock.selectFirst("table");
    assertColumn(List.of("20% (8)", HIDDEN, "25% (10)", "40"), themeTable, 0);
    assertColumn(List.of("45% (20)", "27% (12)", HIDDEN, "44"), themeTable, 1);
    assertTrue(themes.contains("2020: 40 answers, of which 30 coded"), themes);
    assertFalse(themes.contains("2022: 44 answers"), themes);
    assertFalse(themes.contains("coded by hand"), themes);
    assertTrue(
        themes.contains(
            "6 respondents sent the same answer in 2022, an organised campaign; counting it once"
                + " leaves 39 answers rather than 44."),
        themes);

    // Of the four key findings only the one on shown counts is stated.
    assertEquals(1, doc.select("ol.key-findings li").size());
    System.out.println(
        "PublicEditionHiddenCountsTest: "
            + checked
            + " hidden places show the marker, "
            + doc.select("td.suppressed").size()
            + " suppressed cells in the report, "
            + doc.select("ol.key-findings li").size()
            + " of 4 key findings stated");
  }

  @Test
  void keyFindingsOnHiddenCountsAreLeftOutOfKeyFindingsMd() {
    Findings findings = inputs.findings();
    Findings stated =
        KeyFindingFilter.publicEdition(
            findings,
            new ParticipationSuppression(findings, GROUPS, 5),
            TestCells.of(inputs.distributions()),
            5);
    assertEquals(
        List.of("finding.participation.change"),
        stated.keyFindings().stream().map(KeyFinding::key).toList());
    Messages messages = PlantedReport.CATALOG.messages("en");
    String md = KeyFindingsDocument.render(stated, labels(), messages);
    assertTrue(md.contains("69 respondents took part in Second consultation (2022)"), md);
  }

  /** Every language renders the same inputs, and says why a withheld test is not shown. */
  @ParameterizedTest
  @ValueSource(strings = {"fr", "es", "ar", "mi", "id"})
  void everyLanguageRendersTheHiddenCountsAndItsOwnMessage(String language) {
    Document translated = Jsoup.parse(PlantedReport.render(inputs, language, true));
    // Whole text: the sentence keeps its no-break spaces (French) as the report wrote them.
    String text = translated.body().wholeText();
    Messages messages = PlantedReport.CATALOG.messages(language);
    String sentence = messages.format("report.result.suppressed", Map.of("threshold", 5));
    assertTrue(text.contains(sentence), language + ": " + sentence);
    assertFalse(sentence.equals(WITHHELD_SENTENCE), language + ": the message is translated");
    assertFalse(text.contains("NaN") || text.contains("null"), language);
  }
}
