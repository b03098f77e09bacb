package dev.stocktake.reports.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IndexDocumentTest {
  private static final Pattern RAW_KEY =
      Pattern.compile("\\b(report|finding|stat|clearance)\\.[a-z_]+(\\.[a-z_]+)*\\b");

  private static Document parse(String language, boolean publicEdition) {
    return Jsoup.parse(PlantedReport.render(language, publicEdition));
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr", "es", "ar", "mi", "id"})
  void everyLanguageHasTheWholeStructureAndNoRawKey(String language) {
    Document doc = parse(language, true);
    Element html = doc.selectFirst("html");
    assertEquals(language, html.attr("lang"));
    assertEquals("ar".equals(language) ? "rtl" : "ltr", html.attr("dir"));
    assertEquals(1, doc.select("h1").size());
    for (String id :
        List.of(
            "summary",
            "participation",
            "commitments",
            "questions",
            "quotes",
            "methodology",
            "data-notes")) {
      Element section = doc.getElementById(id);
      assertNotNull(section, language + ": section #" + id);
      assertNotNull(section.selectFirst("h2"), language + ": #" + id + " has a heading");
    }
    String text = doc.body().text();
    assertFalse(RAW_KEY.matcher(text).find(), language + ": a raw key in " + find(text));
    assertFalse(text.contains("${"), "no template syntax left");
  }

  private static String find(String text) {
    var m = RAW_KEY.matcher(text);
    return m.find() ? m.group() : "";
  }

  @Test
  void theSummaryLeadsWithFactsAndKeyFindings() {
    Document doc = parse("en", true);
    Element summary = doc.getElementById("summary");
    // Two key findings, one of them about partner organisations, whose participation is hidden.
    assertEquals(List.of("64", "94%", "30", "1"), summary.select("dl.facts dd").eachText());
    assertTrue(
        summary.select("ol.key-findings li").first().text().contains("64 respondents"),
        summary.select("ol.key-findings").text());
  }

  @Test
  void everyChartHasATextAlternativeAndATableWithHeaders() {
    Document doc = parse("en", true);
    Elements charts = doc.select("figure.chart");
    assertTrue(charts.size() >= 4, "charts: " + charts.size());
    for (Element figure : charts) {
      Element img = figure.selectFirst("[role=img]");
      Element caption = doc.getElementById(img.attr("aria-labelledby"));
      assertNotNull(caption, "the chart's label exists");
      assertFalse(caption.text().isBlank());
      for (Element svg : figure.select("svg")) {
        assertEquals("true", svg.attr("aria-hidden"), "drawings are hidden from screen readers");
      }
      Element table = figure.parent().selectFirst("table");
      assertNotNull(table, "a table follows the chart " + caption.text());
      assertNotNull(table.selectFirst("caption"));
      assertFalse(table.select("th[scope=col]").isEmpty());
      assertFalse(table.select("th[scope=row]").isEmpty());
    }
  }

  @Test
  void arabicBarsRunFromTheRight() {
    Element first = parse("ar", true).selectFirst("#commitment-1 svg.bar rect:not(.track)");
    Element firstEn = parse("en", true).selectFirst("#commitment-1 svg.bar rect:not(.track)");
    assertEquals("0", firstEn.attr("x"));
    double x = Double.parseDouble(first.attr("x"));
    double width = Double.parseDouble(first.attr("width"));
    assertEquals(100.0, x + width, 1e-9, "the first piece ends at the right edge");
  }

  @Test
  void hostileAnswerTextIsEscaped() {
    String html = PlantedReport.render("en", true);
    Document doc = Jsoup.parse(html);
    assertTrue(doc.select("script").isEmpty(), "no script element");
    assertTrue(doc.select("img").isEmpty(), "no img element");
    assertTrue(doc.getElementById("quotes").text().contains(PlantedReport.HOSTILE));
    assertFalse(html.contains("<script>"));
  }

  @Test
  void theReportNeedsNoNetwork() {
    String html = PlantedReport.render("en", true);
    Document doc = Jsoup.parse(html);
    assertTrue(doc.select("script, link, iframe, object, embed, img").isEmpty());
    for (Element e : doc.select("[src], [href]")) {
      String target = e.hasAttr("src") ? e.attr("src") : e.attr("href");
      assertFalse(target.matches("(?i)^(https?:)?//.*"), "network reference " + target);
    }
    assertFalse(html.contains("@import"));
    assertFalse(html.matches("(?s).*url\\((?!#).*"), "CSS urls point only inside the page");
  }

  @Test
  void quotesFollowConsentAndClearance() {
    Element quotes = parse("en", true).getElementById("quotes");
    String text = quotes.text();
    assertTrue(text.contains("Named Trust"), "full consent: quoted with the name");
    assertTrue(text.contains("Anonymous practice"), "anonymous consent: quoted");
    assertFalse(text.contains("Hidden Name Ltd"), "anonymous consent: no name");
    assertTrue(
        text.contains("A respondent from Civil society (CCAN), Europe — written in French"),
        "the quote's language is named: " + text);
    assertEquals("fr", quotes.select("blockquote p[lang=fr]").first().attr("lang"));
    assertFalse(text.contains("Withheld practice"), "withheld: never quoted");
    assertFalse(text.contains("Pending practice"), "pending: not quoted until cleared");
    assertFalse(text.contains("hindrance"), "public edition: unpublished questions not quoted");
    String community = parse("en", false).getElementById("quotes").text();
    assertTrue(community.contains("Named hindrance"), "community: unpublished questions quoted");
    assertFalse(community.contains("Redacted hindrance"), "a redacted answer is never quoted");
  }

  /**
   * A coded question is quoted per theme, as the findings chose its quotes, with the theme named
   * and the attribution the quote's consent allows; the roster's other answers to it are not quoted
   * beside them.
   */
  @Test
  void codedQuestionsAreQuotedPerThemeFromTheFindings() {
    Element quotes = parse("en", false).getElementById("quotes");
    List<String> themed =
        quotes.select("blockquote").stream()
            .filter(b -> b.text().contains("Theme: Resources and capacity"))
            .map(b -> b.select("p[lang]").text() + " | " + b.select("footer").text())
            .toList();
    assertEquals(
        List.of(
            "Named hindrance | Named Trust, Civil society (CCAN), Europe",
            "Quiet hindrance | A respondent from Governments, Asia — written in French"),
        themed);
    assertFalse(quotes.text().contains("Pending hindrance"));
    assertFalse(quotes.text().contains("Withheld hindrance"));
  }

  @Test
  void dataNotesCountConsentAndDecisions() {
    Element consent = parse("en", false).getElementById("data-consent");
    assertEquals(
        List.of("Pending 1", "Full (with name) 1", "Anonymous 1", "Withheld 1", "Total 4"),
        consent.select("tbody tr").eachText());
    assertTrue(consent.text().contains("1 redacted, 1 cleared"), consent.text());
  }

  /** The partner group's 2020 row (3 respondents) and its complement are hidden, never alone. */
  @Test
  void smallParticipationCellsAreSuppressedWithTheirComplements() {
    Document doc = parse("en", true);
    Element table = doc.selectFirst("#participation-groups table");
    Elements rows = table.select("tbody tr");
    List<String> respondents2020 = rows.stream().map(r -> r.select("td").get(0).text()).toList();
    // Partner organisations (3) are hidden, and with them the smallest other group (civil
    // society, 13), so that neither can be had from the total.
    assertEquals(List.of("22", "17", "hidden", "hidden", "55"), respondents2020);
    Element community = parse("en", false).selectFirst("#participation-groups table");
    assertTrue(community.select("td.suppressed").isEmpty(), "the community edition hides nothing");
  }

  @Test
  void aLevelWithFewAnswersIsHiddenInBarsTablesAndTheChange() {
    Element block = parse("en", true).getElementById("commitment-1");
    Element table = block.selectFirst("table");
    List<String> col2020 =
        table.select("tbody tr").stream().map(r -> r.select("td").get(0).text()).toList();
    assertEquals(List.of("40% (20)", "30% (15)", "hidden", "hidden", "50"), col2020);
    assertTrue(block.text().contains("too few answers in one of the rounds"), block.text());
    assertEquals(
        1, block.select("svg.bar rect[fill^=url]").size(), "one hatched piece for 2020's two");
  }

  @Test
  void testsOnFewAnswersAreNotShown() {
    Element block =
        parse("en", true).select("#questions .block").stream()
            .filter(b -> b.text().contains("Tests between rounds"))
            .findFirst()
            .orElseThrow();
    String text = block.text();
    assertTrue(
        text.contains("Answers moved up the scale between 2020 and 2022: a medium effect"), text);
    Element partnerRow =
        block.select("tr").stream()
            .filter(r -> r.text().startsWith("Partner"))
            .findFirst()
            .orElseThrow();
    assertTrue(partnerRow.text().contains("Too few answers"), partnerRow.text());
  }

  @Test
  void keyFindingsAboutAHiddenGroupAreLeftOutOfThePublicEdition() {
    assertEquals(1, parse("en", true).select("ol.key-findings li").size());
    assertEquals(2, parse("en", false).select("ol.key-findings li").size());
  }

  @Test
  void themesOfOpenAnswersAreCountedComparedAndSuppressed() {
    Element themes = parse("en", true).getElementById("themes-1");
    String text = themes.text();
    assertTrue(
        text.contains(
            "2020: 40 answers, of which 30 coded into at least one theme and 10 matching"
                + " none; 5 left blank."),
        text);
    assertTrue(text.contains("2022: 4 answers were coded by hand (9%)"), text);
    assertTrue(
        text.contains(
            "More answers mentioned “Resources and capacity” in 2022 than in 2020: a medium"
                + " effect"),
        text);
    assertTrue(
        text.contains(
            "6 respondents sent the same answer in 2022, an organised campaign; counting it once,"
                + " “Resources and capacity” is in 38% of the answers rather than 45%."),
        text);
    List<String> legal =
        themes.select("tbody tr").stream()
            .filter(r -> r.selectFirst("th").text().equals("Legal frameworks"))
            .findFirst()
            .orElseThrow()
            .select("td")
            .eachText();
    assertEquals(List.of("hidden", "27% (12)"), legal);
    Element community = parse("en", false).getElementById("themes-1");
    assertTrue(community.text().contains("8% (3)"), community.text());
  }
}
