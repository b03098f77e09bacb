package dev.stocktake.translations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessagesTest {
  private static final char NBSP = '\u00A0';
  private static final char NNBSP = '\u202F';
  private static final char LRM = '\u200E';

  private static Catalog catalog;

  @BeforeAll
  static void load() {
    catalog = Catalog.load();
  }

  static Path project() throws URISyntaxException {
    return Path.of(MessagesTest.class.getResource("/overrides/project").toURI());
  }

  private static Map<String, Object> participation(long from, long to) {
    return Map.of("from_round", "2020", "to_round", "2022", "from_count", from, "to_count", to);
  }

  private static Map<String, Object> progress() {
    return Map.of(
        "item", "C3",
        "group", "G",
        "level", "L",
        "from_round", "2020",
        "to_round", "2022",
        "from_share", 0.31,
        "to_share", 0.5);
  }

  @Test
  void theTestsRunUnderATurkishDefaultLocale() {
    // Set by the parent pom's surefire argLine; tags with an I must still resolve.
    assertEquals("tr", Locale.getDefault().getLanguage());
    assertEquals("id", catalog.messages("ID").lang());
    assertEquals("mi", catalog.messages("MI").lang());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          en | 48 respondents took part in 2022, compared with 1 respondent in 2020.
          fr | 48 répondants ont participé en 2022, contre 1 répondant en 2020.
          es | En 2022 participaron 48 encuestados, frente a 1 encuestado en 2020.
          ar | شارك 48 مستجيبًا في 2022، مقارنةً بمستجيب واحد في 2020.
          mi | E 48 ngā kaiwhakautu i whai wāhi i 2022, ki te whakatauritea ki kotahi i 2020.
          id | 48 responden berpartisipasi pada 2022, dibandingkan dengan 1 responden pada 2020.
          """)
  void participationChangeInEveryShippedLanguage(String lang, String expected) {
    assertEquals(
        expected,
        catalog.messages(lang).format("finding.participation.change", participation(1, 48)));
  }

  @Test
  void sharesArePercentagesInTheLocalesStyle() {
    assertEquals(
        "C3 (G): the share answering “L” rose from 31% in 2020 to 50% in 2022.",
        catalog.messages("en").format("finding.commitment.progress", progress()));
    assertEquals(
        "C3 (G)"
            + NBSP
            + ": la part des réponses «"
            + NBSP
            + "L"
            + NBSP
            + "» a progressé, passant de 31"
            + NBSP
            + "% en 2020 à 50"
            + NBSP
            + "% en 2022.",
        catalog.messages("fr").format("finding.commitment.progress", progress()));
    assertEquals(
        "C3 (G): la proporción de respuestas «L» aumentó del 31"
            + NBSP
            + "% en 2020 al 50"
            + NBSP
            + "% en 2022.",
        catalog.messages("es").format("finding.commitment.progress", progress()));
    assertEquals(
        "C3 (G): ارتفعت نسبة الإجابات «L» من 31"
            + LRM
            + "%"
            + LRM
            + " في 2020 إلى 50"
            + LRM
            + "%"
            + LRM
            + " في 2022.",
        catalog.messages("ar").format("finding.commitment.progress", progress()));
    assertEquals("42" + NBSP + "%", catalog.messages("fr").percent(0.42));
    assertEquals("42,5" + NBSP + "%", catalog.messages("fr").percent(0.425, 1));
    assertEquals("1" + NNBSP + "234", catalog.messages("fr").count(1234));
    assertEquals("0,23", catalog.messages("fr").number(0.234, 2));
  }

  @ParameterizedTest(name = "ar {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          0   | لم يشارك أي مستجيب في 2022، مقارنةً بعدم مشاركة أي مستجيب في 2020.
          1   | شارك مستجيب واحد في 2022، مقارنةً بمستجيب واحد في 2020.
          2   | شارك مستجيبان في 2022، مقارنةً بمستجيبَين في 2020.
          3   | شارك 3 مستجيبين في 2022، مقارنةً بـ3 مستجيبين في 2020.
          11  | شارك 11 مستجيبًا في 2022، مقارنةً بـ11 مستجيبًا في 2020.
          100 | شارك 100 مستجيب في 2022، مقارنةً بـ100 مستجيب في 2020.
          """)
  void arabicUsesAllSixPluralCategories(long n, String expected) {
    assertEquals(
        expected,
        catalog.messages("ar").format("finding.participation.change", participation(n, n)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          en | 0       | 0 response rows were read from 1 file.
          en | 1       | 1 response row was read from 1 file.
          fr | 0       | 0 ligne de réponses a été lue dans 1 fichier.
          fr | 2       | 2 lignes de réponses ont été lues dans 1 fichier.
          es | 1       | Se leyó 1 fila de respuestas de 1 archivo.
          es | 1000000 | Se leyeron 1.000.000 de filas de respuestas de 1 archivo.
          ar | 2       | قُرئ صفّان من الإجابات من ملف واحد.
          ar | 5       | قُرئت 5 صفوف من الإجابات من ملف واحد.
          ar | 12      | قُرئ 12 صفًّا من الإجابات من ملف واحد.
          ar | 101     | قُرئ 101 صف من الإجابات من ملف واحد.
          """)
  void dataNotesCountRows(String lang, long count, String expected) {
    String actual =
        catalog.messages(lang).format("report.data.rows_read", Map.of("count", count, "files", 1));
    assertEquals(expected, actual.replace(NNBSP, ' '));
  }

  @Test
  void pValuesSayLessThanForSmallValues() {
    Messages en = catalog.messages("en");
    assertEquals("p = 0.012", en.pValue(0.0123));
    assertEquals("p = 0.001", en.pValue(0.001));
    assertEquals("p < 0.001", en.pValue(0.00099));
    assertEquals("p < 0.001", en.pValue(0));
    assertEquals("p = 1.000", en.pValue(1));
    assertEquals("p = 0,012", catalog.messages("fr").pValue(0.0123));
    assertEquals("\u2066p < 0.001\u2069", catalog.messages("ar").pValue(1e-6));
    assertEquals("\u2066p = ٠٫٠٥٠\u2069", catalog.messages("ar-u-nu-arab").pValue(0.05));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> en.pValue(Double.NaN));
    assertEquals("value: a p-value is between 0 and 1, got NaN", e.getMessage());
  }

  @Test
  void findingsTakeTypedArguments() {
    Map<String, Object> args =
        Map.of(
            "question", "Status",
            "group", "all respondents",
            "from_round", "2020",
            "to_round", "2022",
            "test", "mann_whitney",
            "effect_name", "rank_biserial",
            "effect", 0.234,
            "p_adjusted", new PValue(0.0004));
    assertEquals(
        "“Status” (all respondents): answers changed between 2020 and 2022 (Mann–Whitney test;"
            + " rank-biserial correlation 0.23; adjusted p < 0.001).",
        catalog.messages("en").format("finding.question.shift", args));
    Map<String, Object> unknownTest = new java.util.HashMap<>(args);
    unknownTest.put("test", "kruskal_wallis");
    unknownTest.put("effect_name", "epsilon_squared");
    assertEquals(
        "«Status» (all respondents): las respuestas cambiaron entre 2020 y 2022 (kruskal_wallis;"
            + " epsilon_squared 0,23; ajustado: p < 0,001).",
        catalog.messages("es").format("finding.question.shift", unknownTest));
  }

  @Test
  void digitsFollowTheTagsNumberingSystem() {
    Messages ar = catalog.messages("ar");
    Messages arab = catalog.messages("ar-u-nu-arab");
    assertEquals("1,234", ar.count(1234));
    assertEquals("١٬٢٣٤", arab.count(1234));
    assertEquals("ar-u-nu-arab", arab.lang());
    assertEquals(
        "شارك ٣ مستجيبين في 2022، مقارنةً بـ٣ مستجيبين في 2020.",
        arab.format("finding.participation.change", participation(3, 3)));
  }

  @Test
  void directionComesFromIcu() {
    assertTrue(catalog.messages("ar").rightToLeft());
    assertTrue(catalog.messages("ar-EG").rightToLeft());
    assertEquals("rtl", catalog.messages("ar-u-nu-latn").direction());
    for (String lang : List.of("en", "fr", "es", "mi", "id", "fr-CA")) {
      assertFalse(catalog.messages(lang).rightToLeft(), lang);
      assertEquals("ltr", catalog.messages(lang).direction());
    }
  }

  @Test
  void regionTagsUseTheLanguagesBundle() {
    Messages ca = catalog.messages("fr-CA");
    assertEquals("fr-CA", ca.lang());
    assertEquals("Résumé", ca.format("report.heading.summary"));
    assertEquals(List.of(), ca.fallbacks());
    assertEquals("Summary", catalog.messages("en-GB").format("report.heading.summary"));
  }

  @Test
  void draftsAreMarked() {
    assertTrue(catalog.messages("mi").draft());
    assertTrue(catalog.messages("id").draft());
    assertFalse(catalog.messages("fr").draft());
    assertFalse(catalog.messages("en").draft());
  }

  @Test
  void languageNamesAreInTheReportsLanguage() {
    assertEquals("anglais", catalog.messages("fr").languageName("en"));
    assertEquals("الإنجليزية", catalog.messages("ar").languageName("en"));
    assertEquals("English", catalog.messages("en").languageName("en"));
  }

  @Test
  void aMissingKeyFallsBackToEnglishAndIsRecorded() throws URISyntaxException {
    Catalog withProject = Catalog.load(project());
    Messages fr = withProject.messages("fr");
    Map<String, Object> args = Map.of("round", "2022", "count", 1_234L);

    assertEquals("Ce qui ressort", fr.format("report.heading.key_findings"));
    // Formatted as English, the language of the text shown: 1,234 and English plurals.
    assertEquals(
        "A workshop in 2022 brought 1,234 new supporters.",
        fr.format("finding.context.workshop", args));
    fr.format("finding.context.workshop", args);
    assertEquals(List.of("finding.context.workshop"), fr.fallbacks());
    assertTrue(fr.has("finding.context.workshop"));

    Messages fresh = withProject.messages("fr");
    assertEquals(List.of(), fresh.fallbacks());
    Messages en = withProject.messages("en");
    assertEquals(
        "A workshop in 2022 brought 1,234 new supporters.",
        en.format("finding.context.workshop", args));
    assertEquals("What stands out", en.format("report.heading.key_findings"));
    assertEquals(List.of(), en.fallbacks());
  }

  @Test
  void aProjectCanAddALanguageInPart() throws URISyntaxException {
    Messages de = Catalog.load(project()).messages("de");
    assertEquals("Zusammenfassung", de.format("report.heading.summary"));
    assertEquals("Methodology", de.format("report.heading.methodology"));
    assertEquals("Befragte", de.format("report.column.respondents"));
    assertEquals("Data notes", de.format("report.heading.data_notes"));
    assertEquals(
        List.of("report.heading.methodology", "report.heading.data_notes"), de.fallbacks());
    assertEquals("Englisch", de.languageName("en"));
    assertEquals(
        "2 texts are shown in Englisch because no translation exists yet.",
        de.format("report.note.fallback", Map.of("count", 2, "language", de.languageName("en"))));
  }

  @Test
  void aKeyMissingEverywhereThrows() {
    TranslationsException e =
        assertThrows(
            TranslationsException.class,
            () -> catalog.messages("fr").format("report.heading.nowhere"));
    assertEquals(
        "no message report.heading.nowhere in fr, en; add it to messages_en.properties (the"
            + " project's translations/messages_en.properties for a project's own message)",
        e.getMessage());
  }

  @Test
  void anArgumentNotGivenThrows() throws URISyntaxException {
    Messages en = Catalog.fromFolder(project()).messages("en");
    TranslationsException e =
        assertThrows(
            TranslationsException.class,
            () -> en.format("finding.context.workshop", Map.of("round", "2022", "n", 3)));
    assertEquals(
        "project/messages_en.properties:2 finding.context.workshop: the message uses {count},"
            + " which the caller did not give (given: n, round); pass it, or fix the"
            + " placeholder's name in the bundle",
        e.getMessage());
  }

  @Test
  void unknownAndMalformedLanguagesThrow() {
    TranslationsException unknown =
        assertThrows(TranslationsException.class, () -> catalog.messages("de"));
    assertEquals(
        "no messages for language de; the catalogue has ar, en, es, fr, id, mi. Add"
            + " translations/messages_de.properties to the project (stocktake translations"
            + " export writes a file to translate)",
        unknown.getMessage());
    TranslationsException bad =
        assertThrows(TranslationsException.class, () -> catalog.messages("not a tag"));
    assertEquals(
        "\"not a tag\" is not a BCP 47 language tag; write e.g. fr, pt-BR or ar-u-nu-latn",
        bad.getMessage());
  }
}
