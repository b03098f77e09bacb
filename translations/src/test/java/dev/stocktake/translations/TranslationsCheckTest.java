package dev.stocktake.translations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TranslationsCheckTest {

  private static Catalog fixture(String name) throws URISyntaxException {
    return Catalog.fromFolder(
        Path.of(TranslationsCheckTest.class.getResource("/check/" + name).toURI()));
  }

  private static List<String> printed(List<Issue> issues) {
    return issues.stream().map(i -> i.severity() + " " + i).toList();
  }

  /** The bundle-consistency test: every shipped language has the source's keys and placeholders. */
  @Test
  void shippedBundlesHaveNoErrorsAndTheCompleteLanguagesAreComplete() {
    CheckReport report = TranslationsCheck.check(Catalog.load());

    assertFalse(report.hasErrors(), report.toText());
    assertEquals(
        List.of("en", "ar", "es", "fr", "id", "mi"),
        report.languages().stream().map(LanguageCheck::lang).toList());
    int keys = report.language("en").orElseThrow().sourceKeys();
    assertTrue(keys >= 90, "source keys: " + keys);
    for (String lang : List.of("en", "fr", "es", "ar")) {
      LanguageCheck check = report.language(lang).orElseThrow();
      assertEquals(100.0, check.percentTranslated(), lang);
      assertEquals(List.of(), check.missing(), lang);
      assertEquals(List.of(), check.extra(), lang);
      assertEquals(List.of(), check.issues(), lang);
      assertFalse(check.draft(), lang);
    }
    assertEquals("source", report.language("en").orElseThrow().status());
    // The drafts are complete too; their only warning is that they are drafts.
    for (String lang : List.of("mi", "id")) {
      LanguageCheck check = report.language(lang).orElseThrow();
      assertTrue(check.draft(), lang);
      assertEquals(100.0, check.percentTranslated(), lang);
      assertEquals(
          List.of(
              "WARNING messages/messages_"
                  + lang
                  + ".properties:"
                  + check.issues().get(0).line()
                  + " meta.status: draft: machine-quality text that a native speaker must review"
                  + " before a report in this language is published; then set meta.status ="
                  + " translated"),
          printed(check.issues()));
    }
  }

  @Test
  void everyFindingKeyOfTheCompareStageHasAMessage() {
    Messages en = Catalog.load().messages("en");
    for (String key :
        List.of(
            "finding.commitment.progress",
            "finding.commitment.regress",
            "finding.question.shift",
            "finding.choice.shift",
            "finding.participation.change",
            "finding.participation.group_underrepresented",
            "finding.participation.region_underrepresented")) {
      assertTrue(en.has(key), key);
    }
  }

  @Test
  void brokenBundlesGiveLocatedErrorsAndWarnings() throws URISyntaxException {
    CheckReport report = TranslationsCheck.check(fixture("broken"));

    assertTrue(report.hasErrors());
    LanguageCheck en = report.language("en").orElseThrow();
    assertEquals(List.of(), en.issues());
    LanguageCheck fr = report.language("fr").orElseThrow();
    assertEquals(5, fr.sourceKeys());
    assertEquals(4, fr.translated());
    assertEquals(80.0, fr.percentTranslated());
    assertEquals(List.of("report.heading.methodology"), fr.missing());
    assertEquals(List.of("report.heading.extra"), fr.extra());
    assertEquals(
        List.of(
            "ERROR broken/messages_fr.properties:3 finding.participation.change: not a valid ICU"
                + " message: Unmatched '{' braces in message \"{to_count, plural, o ...\"",
            "ERROR broken/messages_fr.properties:5 report.note.suppressed: uses {seuil}, which"
                + " the en message does not have and leaves out {threshold}; placeholders keep"
                + " the en names: {threshold}",
            "WARNING broken/messages_fr.properties:6 report.column.share: shows {share} as text"
                + " where the en message shows it as a percentage",
            "WARNING broken/messages_fr.properties report.heading.methodology: missing; reports"
                + " show the en text (broken/messages_en.properties:7) until it is translated",
            "WARNING broken/messages_fr.properties:7 report.heading.extra: not in the en bundle,"
                + " so no report asks for it; check the key's spelling, or add the key to"
                + " messages_en.properties"),
        printed(fr.issues()));
    assertEquals(2, report.errors().size());
  }

  @Test
  void pluralCategoriesAreCheckedAgainstTheLanguagesRules() throws URISyntaxException {
    CheckReport report = TranslationsCheck.check(fixture("plurals"));

    assertFalse(report.hasErrors());
    assertEquals(
        List.of(
            "WARNING plurals/messages_ar.properties:1 report.summary.key_findings: {count} has no"
                + " \"few\" form, which ar uses for 3, 4, 5, 6…; the \"other\" form is shown"
                + " instead",
            "WARNING plurals/messages_ar.properties:1 report.summary.key_findings: {count} has no"
                + " \"many\" form, which ar uses for 11, 12, 13, 14…; the \"other\" form is shown"
                + " instead",
            "WARNING plurals/messages_ar.properties:1 report.summary.key_findings: {count} has no"
                + " \"two\" form, which ar uses for 2…; the \"other\" form is shown instead",
            "WARNING plurals/messages_ar.properties:1 report.summary.key_findings: {count} has no"
                + " \"zero\" form, which ar uses for 0…; the \"other\" form is shown instead",
            "WARNING plurals/messages_fr.properties:1 report.summary.key_findings: {count}: the"
                + " plural category \"few\" never applies in fr (its categories are many, one,"
                + " other)"),
        printed(report.issues()));
  }

  @Test
  void theReportPrintsASummaryAndEveryIssue() throws URISyntaxException {
    String text = TranslationsCheck.check(fixture("plurals")).toText();
    assertEquals(
        """
        en       source     100.0%  2/2 keys  0 errors, 0 warnings
        ar       translated 100.0%  2/2 keys  0 errors, 4 warnings
        fr       translated 100.0%  2/2 keys  0 errors, 1 warning
        """,
        text.substring(0, text.indexOf("warning: ")));
    assertTrue(
        text.endsWith(
            "warning: plurals/messages_fr.properties:1 report.summary.key_findings: {count}: the"
                + " plural category \"few\" never applies in fr (its categories are many, one,"
                + " other)\n"),
        text);
  }
}
