package dev.stocktake.etl.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stocktake.schema.codebook.Codebook;
import dev.stocktake.schema.codebook.Rules;
import dev.stocktake.schema.codebook.Theme;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CodebookMatcherTest {
  /** An English and French codebook of five themes, in this order. */
  private static final Codebook CODEBOOK =
      codebook(
          theme(
              "funding",
              null,
              Map.of(
                  "en",
                  rules(List.of("Funding", "fund"), List.of(), List.of(), List.of()),
                  "fr",
                  rules(
                      List.of("ﬁnancement", "sécurité"),
                      List.of("fonds propres"),
                      List.of(),
                      List.of("sans financement")),
                  "ar",
                  rules(List.of("التمويل"), List.of(), List.of(), List.of()),
                  "es",
                  rules(List.of("años"), List.of(), List.of(), List.of()))),
          theme(
              "staff",
              null,
              Map.of(
                  "en",
                  rules(
                      List.of("staff"),
                      List.of("lack of people"),
                      List.of(),
                      List.of("no lack of staff", "volunteers")))),
          theme(
              "resources",
              null,
              Map.of(
                  "en", rules(List.of(), List.of(), List.of("\\bunder-?resourced\\b"), List.of()))),
          theme(
              "crisis",
              null,
              Map.of(
                  "en",
                  rules(List.of(), List.of("crisis-response protocol"), List.of(), List.of()))),
          theme(
              "training",
              "staff",
              Map.of("en", rules(List.of("training"), List.of(), List.of(), List.of()))));

  private static final CodebookMatcher MATCHER = CodebookMatcher.compile(CODEBOOK);

  @Test
  void aKeywordMatchesAWholeWordOnly() {
    assertEquals(List.of("funding"), MATCHER.themes("We need more fund.", "en"));
    assertEquals(List.of("funding"), MATCHER.themes("fund", "en"));
    assertEquals(List.of(), MATCHER.themes("fundraising and refunds", "en"));
  }

  @Test
  void aPhraseMatchesItsWordsInOrderAcrossPunctuation() {
    assertEquals(List.of("crisis"), MATCHER.themes("Use the crisis response protocol", "en"));
    assertEquals(List.of("crisis"), MATCHER.themes("crisis-response: protocol!", "en"));
    assertEquals(List.of(), MATCHER.themes("crisis response, then protocols", "en"));
    assertEquals(List.of(), MATCHER.themes("protocol of crisis response", "en"));
    assertEquals(List.of("staff"), MATCHER.themes("a lack of people", "en"));
  }

  @Test
  void aPatternWithWordBoundariesMatchesOnTheNormalisedText() {
    assertEquals(List.of("resources"), MATCHER.themes("We are UNDER-RESOURCED", "en"));
    assertEquals(List.of("resources"), MATCHER.themes("chronically underresourced.", "en"));
    assertEquals(List.of(), MATCHER.themes("under-resourcedness", "en"));
  }

  @Test
  void anExclusionVetoesOnlyItsOwnTheme() {
    assertEquals(
        List.of("funding"),
        MATCHER.themes("There is no lack of staff, but funding is short", "en"));
    assertEquals(List.of("staff"), MATCHER.themes("Not enough staff", "en"));
    assertEquals(List.of(), MATCHER.themes("staff and volunteers", "en"));
  }

  @Test
  void anExclusionVetoesItsThemeInItsLanguageOnly() {
    // "sans financement" is a French exclusion of funding: it wins over the keyword "sécurité".
    assertEquals(List.of(), MATCHER.themes("La sécurité, sans financement", "fr"));
    assertEquals(List.of("funding"), MATCHER.themes("funding, sans financement", "en"));
  }

  @Test
  void severalThemesComeInTheCodebooksOrder() {
    assertEquals(
        List.of("funding", "staff", "resources", "crisis", "training"),
        MATCHER.themes(
            "Training for the crisis-response protocol; we are under-resourced:"
                + " staff leave and funding ends",
            "en"));
  }

  @Test
  void aChildThemeDoesNotImplyItsParent() {
    assertEquals(List.of("training"), MATCHER.themes("more training", "en"));
  }

  @Test
  void anEnglishRuleDoesNotMatchAFrenchAnswer() {
    assertEquals(List.of(), MATCHER.themes("funding", "fr"));
    assertEquals(List.of(), MATCHER.themes("funding", "de"));
    assertEquals(List.of(), MATCHER.themes("funding", null));
  }

  @Test
  void frenchWithAccentsArabicAndSpanishWithEnye() {
    assertEquals(List.of("funding"), MATCHER.themes("Plus de SÉCURITÉ", "fr"));
    assertEquals(List.of(), MATCHER.themes("plus de securite", "fr"));
    assertEquals(List.of("funding"), MATCHER.themes("nos fonds propres baissent", "fr"));
    assertEquals(List.of("funding"), MATCHER.themes("نقص التمويل في القرى", "ar"));
    assertEquals(List.of(), MATCHER.themes("نقص التمويلات", "ar"));
    assertEquals(List.of("funding"), MATCHER.themes("Hace AÑOS que esperamos", "es"));
    assertEquals(List.of(), MATCHER.themes("hace anos", "es"));
  }

  @Test
  void nfkcAndCaseFoldingApplyToRulesAndAnswers() {
    // The rule is "Funding"; the answer is in full-width capitals.
    assertEquals(List.of("funding"), MATCHER.themes("ＮＯ ＦＵＮＤＩＮＧ", "en"));
    // The rule is written with the ﬁ ligature; the answer without, and the other way round.
    assertEquals(List.of("funding"), MATCHER.themes("Le FINANCEMENT manque", "fr"));
    assertEquals(
        List.of("crisis"),
        CodebookMatcher.compile(
                codebook(
                    theme(
                        "crisis",
                        null,
                        Map.of("en", rules(List.of("ﬁre"), List.of(), List.of(), List.of())))))
            .themes("FIRE!", "en"));
  }

  @Test
  void worksUnderATurkishDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      CodebookMatcher matcher =
          CodebookMatcher.compile(
              codebook(
                  theme(
                      "infrastructure",
                      null,
                      Map.of(
                          "EN",
                          rules(
                              List.of("INFRASTRUCTURE"),
                              List.of(),
                              List.of("\\bbridges?\\b"),
                              List.of("IT"))))));
      assertEquals(List.of("infrastructure"), matcher.themes("Infrastructure, in short", "en"));
      assertEquals(List.of("infrastructure"), matcher.themes("BRIDGES", "EN"));
      assertEquals(List.of(), matcher.themes("it is INFRASTRUCTURE", "en"));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void aRegionalTagUsesItsPrimaryLanguagesRules() {
    assertEquals(List.of("funding"), MATCHER.themes("le financement", "fr-CA"));
    assertEquals(List.of("funding"), MATCHER.themes("le financement", "fr_CA"));
    assertEquals(List.of("funding"), MATCHER.themes("le financement", "FR"));
  }

  @Test
  void rulesForTheFullTagComeBeforeThoseOfThePrimaryLanguage() {
    CodebookMatcher matcher =
        CodebookMatcher.compile(
            codebook(
                theme(
                    "fees",
                    null,
                    Map.of(
                        "pt", rules(List.of("propinas"), List.of(), List.of(), List.of()),
                        "pt-BR", rules(List.of("mensalidade"), List.of(), List.of(), List.of())))));
    assertEquals(List.of("fees"), matcher.themes("a mensalidade", "pt-BR"));
    assertEquals(List.of(), matcher.themes("as propinas", "pt-BR"));
    assertEquals(List.of("fees"), matcher.themes("as propinas", "pt-PT"));
  }

  @Test
  void survivesSerialisation() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(MATCHER);
    }
    CodebookMatcher copy;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (CodebookMatcher) in.readObject();
    }
    String answer = "Training for the crisis-response protocol; under-resourced staff, no funding";
    assertEquals(MATCHER.themes(answer, "en"), copy.themes(answer, "en"));
    assertEquals(List.of("funding"), copy.themes("نقص التمويل", "ar"));
    assertEquals(List.of(), copy.themes("There is no lack of staff", "en"));
    assertEquals("consultation", copy.codebookId());
    assertEquals(2, copy.version());
  }

  @Test
  void aPatternThatDoesNotCompileIsNamed() {
    Codebook bad =
        codebook(
            theme(
                "funding",
                null,
                Map.of(
                    "fr",
                    rules(List.of(), List.of(), List.of("\\bfonds?\\b", "fond(s"), List.of()))));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CodebookMatcher.compile(bad));
    assertEquals(
        "codebook consultation, theme funding, rules fr.patterns[1]: \"fond(s\" is not a valid"
            + " regular expression (Unclosed group near index 6); write it in Java syntax, e.g."
            + " \\bunder-?resourced\\b",
        e.getMessage());
  }

  @Test
  void aKeywordWithoutWordsIsRejected() {
    Codebook bad =
        codebook(
            theme(
                "funding",
                null,
                Map.of("en", rules(List.of("fund", "--"), List.of(), List.of(), List.of()))));
    assertEquals(
        "codebook consultation, theme funding, rules en.keywords[1]: \"--\" has no words (letters"
            + " or digits), so it could never match; remove it or use a pattern",
        assertThrows(IllegalArgumentException.class, () -> CodebookMatcher.compile(bad))
            .getMessage());
  }

  @Test
  void blankAnswersHaveNoThemes() {
    assertEquals(List.of(), MATCHER.themes("  ", "en"));
    assertEquals(List.of(), MATCHER.themes(null, "en"));
  }

  private static Codebook codebook(Theme... themes) {
    return new Codebook(
        "consultation", 2, null, List.of("en", "fr"), List.of("q7"), null, List.of(themes));
  }

  private static Theme theme(String id, String parent, Map<String, Rules> rules) {
    return new Theme(id, null, parent, rules);
  }

  private static Rules rules(
      List<String> keywords, List<String> phrases, List<String> patterns, List<String> exclude) {
    return new Rules(keywords, phrases, patterns, exclude);
  }
}
