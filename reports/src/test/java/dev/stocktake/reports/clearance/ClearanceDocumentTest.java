package dev.stocktake.reports.clearance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stocktake.reports.model.Labels;
import dev.stocktake.schema.clearance.ClearanceDecision;
import dev.stocktake.schema.clearance.ClearanceDecision.Decision;
import dev.stocktake.schema.clearance.Consent;
import dev.stocktake.schema.clearance.RespondentAnswers;
import dev.stocktake.schema.clearance.RespondentAnswers.Answer;
import dev.stocktake.schema.project.Project;
import dev.stocktake.translations.Catalog;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ClearanceDocumentTest {
  private static final Project PROJECT =
      Project.load(Path.of("../examples/christchurch-call-consultation"));
  private static final Catalog CATALOG = Catalog.load();

  private static RespondentAnswers respondent(String language, Consent consent) {
    return new RespondentAnswers(
        "2022",
        "org-0001",
        "Kia Ora <Online> & Co",
        "online_service_provider",
        "oceania_pacific",
        "New Zealand",
        language,
        consent,
        List.of(
            new Answer("hq_region", List.of("oceania_pacific"), false),
            new Answer("service_types", List.of("social_media", "search"), false),
            new Answer("staff_tvec", List.of("1200"), false),
            new Answer("ccan_member", List.of("yes"), false),
            new Answer(
                "about_org_comments", List.of("<script>alert('x')</script>\nline two"), false),
            new Answer("crisis_comments", List.of(), true)));
  }

  private static Document render(RespondentAnswers who, List<ClearanceDecision> decisions) {
    Labels labels =
        new Labels(
            who.language(),
            PROJECT.config(),
            PROJECT.newestSchema(),
            PROJECT.framework().orElse(null));
    return Jsoup.parse(
        ClearanceDocument.render(who, decisions, 5, labels, CATALOG.messages(who.language())));
  }

  @Test
  void showsEachAnswerWithItsLabelsAndHowItWouldBeUsed() {
    Document doc = render(respondent("en", Consent.FULL), List.of());
    assertEquals("en", doc.selectFirst("html").attr("lang"));
    assertEquals("ltr", doc.selectFirst("html").attr("dir"));
    assertEquals(
        "Christchurch Call Community Consultation: your answers, for clearance",
        doc.selectFirst("h1").text());
    assertEquals("Second consultation (2022)", doc.selectFirst(".round").text());
    assertEquals("Dear colleagues at Kia Ora <Online> & Co,", doc.selectFirst(".greeting").text());
    assertEquals(
        "You agreed that your answers may be quoted with the name of Kia Ora <Online> & Co.",
        doc.selectFirst("p.consent").text());
    assertTrue(doc.selectFirst(".aggregate").text().endsWith("fewer than 5 respondents."));
    assertEquals("You answered 6 questions.", doc.selectFirst(".count").text());

    List<Element> items = doc.select("ol.answers > li");
    assertEquals(6, items.size());
    Element services = items.get(1);
    assertEquals(List.of("Social media", "Search"), services.select("li.value").eachText());
    assertEquals(
        "Counted in totals and shares only; never shown as your answer.",
        services.selectFirst(".use").text());
    // Grouped only from five digits (CLDR's min2), so that years read 2019 too.
    assertEquals("1200", items.get(2).selectFirst(".value").text());
    assertEquals("Yes", items.get(3).selectFirst(".value").text());
    // Free text is unpublished in the example's schema: never quoted, whatever the consent.
    assertTrue(items.get(4).selectFirst(".use").text().startsWith("Never quoted or published"));
    assertEquals(
        "Not reproduced here: this answer is kept only in the confidential community edition.",
        items.get(5).selectFirst(".withheld").text());
  }

  @Test
  void answerTextIsEscapedAndNothingIsFetchedOrRun() {
    String html =
        ClearanceDocument.render(
            respondent("en", Consent.FULL),
            List.of(),
            5,
            new Labels("en", PROJECT.config(), PROJECT.newestSchema(), null),
            CATALOG.messages("en"));
    assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), html);
    Document doc = Jsoup.parse(html);
    assertEquals(0, doc.select("script, link, img, iframe, object").size());
    assertFalse(html.contains("http://") || html.contains("https://"), "no network references");
    assertEquals(
        "<script>alert('x')</script>\nline two",
        doc.select("ol.answers > li").get(4).selectFirst(".value").wholeText());
  }

  @Test
  void arabicIsRightToLeftAndTranslated() {
    Document doc = render(respondent("ar", Consent.WITHHELD), List.of());
    assertEquals("ar", doc.selectFirst("html").attr("lang"));
    assertEquals("rtl", doc.selectFirst("html").attr("dir"));
    assertEquals(
        "طلبتم ألّا يُقتبس من إجاباتكم أبدًا. فهي تُحتسب في المجاميع فقط.",
        doc.selectFirst("p.consent").text());
    assertFalse(doc.text().contains("clearance."), doc.text());
  }

  @Test
  void draftLanguagesSayTheyAreDrafts() {
    Document doc = render(respondent("mi", Consent.PENDING), List.of());
    assertEquals("mi", doc.selectFirst("html").attr("lang"));
    assertEquals(1, doc.select(".note").size());
  }

  @Test
  void aClearedAnswerSaysSo() {
    RespondentAnswers who = respondent("fr", Consent.ANONYMOUS);
    Document doc =
        render(
            who,
            List.of(
                new ClearanceDecision(
                    "2022", "org-0001", "about_org_comments", Decision.CLEARED, ""),
                new ClearanceDecision(
                    "2022", "org-0002", "crisis_comments", Decision.CLEARED, "")));
    List<Element> items = doc.select("ol.answers > li");
    assertEquals(
        "Vous avez vérifié et validé cette réponse.", items.get(4).selectFirst(".cleared").text());
    assertEquals(1, doc.select(".cleared").size());
  }
}
