package dev.stocktake.translations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stocktake.translations.internal.Bundle;
import dev.stocktake.translations.internal.BundleReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class XliffImportTest {
  @TempDir Path dir;

  private XliffImport importText(String name, String xml) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, xml, StandardCharsets.UTF_8);
    return XliffImport.read(file);
  }

  private static Map<String, String> values(Bundle bundle) {
    Map<String, String> values = new LinkedHashMap<>();
    bundle.messages().values().forEach(e -> values.put(e.key(), e.value()));
    return values;
  }

  private static Map<String, String> written(Path file, String lang) throws IOException {
    BundleReader.Result read =
        BundleReader.read(lang, file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    assertEquals(List.of(), read.issues());
    return values(read.bundle());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"en", "fr", "es", "ar", "mi", "id"})
  void everyShippedBundleSurvivesExportAndImport(String lang) throws IOException {
    Catalog shipped = Catalog.load();
    XliffExport export = XliffExport.of(shipped, lang);
    XliffImport imported = importText("messages_" + lang + ".xlf", export.xml());
    Path translations = dir.resolve("project/translations");

    List<XliffImport.Written> written = imported.writeTo(translations);

    Map<String, String> bundle = values(shipped.bundle(lang));
    assertEquals(bundle, imported.messages());
    assertEquals(1, written.size());
    assertEquals(translations.resolve("messages_" + lang + ".properties"), written.get(0).file());
    assertEquals(bundle, written(written.get(0).file(), lang));
    assertEquals(export.untranslated(), imported.untranslated());
  }

  @Test
  void exportImportExportGivesTheSameDocument() throws Exception {
    Path translations = Files.createDirectories(dir.resolve("project/translations"));
    for (String name : List.of("messages_en", "messages_fr", "messages_ar")) {
      Files.copy(
          XliffExportTest.tiny().resolve(name + ".properties"),
          translations.resolve(name + ".properties"));
    }
    Files.writeString(
        translations.resolve("labels_en.properties"),
        "title = The \\\\ title\nchoice.status.done = Done\n");
    Files.writeString(
        translations.resolve("labels_ar.properties"),
        "choice.status.done = منجز\nregion.pacific = \\ المحيط الهادئ # ! = :\n");
    for (String lang : List.of("fr", "ar", "es", "mi")) {
      String first =
          XliffExport.of(Catalog.load(translations), LabelOverrides.load(translations), lang).xml();
      importText("first_" + lang + ".xlf", first).writeTo(translations);
      String second =
          XliffExport.of(Catalog.load(translations), LabelOverrides.load(translations), lang).xml();
      assertEquals(first, second, lang);
    }
  }

  @Test
  void trickyValuesComeBackExactly() throws Exception {
    Catalog tiny = Catalog.fromFolder(XliffExportTest.tiny());
    Path translations = dir.resolve("translations");
    for (String lang : List.of("en", "fr", "ar")) {
      importText(lang + ".xlf", XliffExport.of(tiny, lang).xml()).writeTo(translations);
      assertEquals(
          values(tiny.bundle(lang)),
          written(translations.resolve("messages_" + lang + ".properties"), lang),
          lang);
    }
    Map<String, String> en = written(translations.resolve("messages_en.properties"), "en");
    assertEquals("   three leading spaces and two trailing  ", en.get("report.note.spaces"));
    assertEquals(
        "First line\nsecond line, a tab\there, C:\\temp\\ # ! = :", en.get("report.note.lines"));
    assertEquals("It''s '{literal}' for {name}: a & b < c > d", en.get("report.note.quoted"));
  }

  @Test
  void anUntranslatedUnitIsSkippedAndExistingKeysAreKept() throws IOException {
    Path translations = Files.createDirectories(dir.resolve("translations"));
    Files.writeString(
        translations.resolve("messages_fr.properties"),
        "# mine\nmeta.status = draft\nreport.zzz = Gardé\nreport.heading.summary = Ancien\n");
    XliffImport imported =
        importText(
            "fr.xlf",
            xliff(
                "fr",
                unit("report.heading.summary", "Summary", "Résumé")
                    + unit("report.heading.methodology", "Methodology", null)
                    + unit("report.heading.key_findings", "Key findings", "")));

    assertEquals(Map.of("report.heading.summary", "Résumé"), imported.messages());
    assertEquals(2, imported.untranslated());
    imported.writeTo(translations);
    assertEquals(
        "# Written by stocktake translations import: keys already here are kept, imported ones\n"
            + "# replace them, keys are sorted, and comments other than this one are not kept.\n"
            + "meta.status = draft\n"
            + "report.heading.summary = Résumé\n"
            + "report.zzz = Gardé\n",
        Files.readString(translations.resolve("messages_fr.properties")));
  }

  @Test
  void anExistingFileNamedWithAnUnderscoreIsMergedUnderItsName() throws IOException {
    Path translations = Files.createDirectories(dir.resolve("translations"));
    Files.writeString(translations.resolve("messages_pt_BR.properties"), "report.a = A\n");
    importText("pt.xlf", xliff("pt-BR", unit("report.b", "B", "Bê"))).writeTo(translations);
    assertEquals(
        Map.of("report.a", "A", "report.b", "Bê"),
        written(translations.resolve("messages_pt_BR.properties"), "pt-BR"));
    assertFalse(Files.exists(translations.resolve("messages_pt-BR.properties")));
  }

  @Test
  void badTargetsAreAllReportedWithFileLineAndUnitAndNothingIsWritten() throws IOException {
    Path translations = Files.createDirectories(dir.resolve("translations"));
    Path existing = translations.resolve("messages_fr.properties");
    Files.writeString(existing, "report.a = A\n");
    TranslationsException e =
        assertThrows(
            TranslationsException.class,
            () ->
                importText(
                    "bad.xlf",
                    xliff(
                        "fr",
                        unit("report.ok", "Fine", "Bien")
                            + unit("report.count", "{n} answers", "{count} réponses")
                            + unit("report.syntax", "{n} answers", "{n réponses")
                            + unit("Report.Bad", "x", "y"))));
    String file = dir.resolve("bad.xlf").toString();
    assertEquals(
        List.of(
            file
                + ":13 report.count: uses {count}, which the en message does not have and leaves"
                + " out {n}; placeholders keep the en names: {n}",
            file
                + ":19 report.syntax: not a valid ICU message: Bad argument syntax: [at pattern"
                + " index 1] \"n réponses\"",
            file
                + ":22 Report.Bad: unit id: not a valid key; keys are lowercase letters, digits"
                + " and underscores joined by dots, like report.heading.summary"),
        e.issues().stream().map(Issue::toString).toList());
    assertEquals("report.a = A\n", Files.readString(existing));
  }

  @Test
  void aDoctypeIsRefusedSoNoEntityIsEverRead() throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "do not read");
    String xxe =
        "<?xml version=\"1.0\"?>\n"
            + "<!DOCTYPE xliff [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]>\n"
            + xliff("fr", unit("report.heading.summary", "Summary", "&xxe;"))
                .substring("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".length());
    TranslationsException e =
        assertThrows(TranslationsException.class, () -> importText("xxe.xlf", xxe));
    assertEquals(
        dir.resolve("xxe.xlf")
            + ":2 has a DOCTYPE declaration, which is refused: XLIFF never needs one, and its"
            + " entities could read other files or URLs; remove the <!DOCTYPE …> declaration, or"
            + " export a fresh file with stocktake translations export",
        e.getMessage());
    assertFalse(e.getMessage().contains("do not read"));
  }

  @Test
  void entityExpansionIsRefusedToo() {
    String laughs =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\">"
            + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n<x>&b;</x>\n";
    TranslationsException e =
        assertThrows(TranslationsException.class, () -> importText("laughs.xlf", laughs));
    assertTrue(e.getMessage().contains(":2 has a DOCTYPE declaration"), e.getMessage());
  }

  @Test
  void xincludeIsNotFollowed() {
    String xml =
        xliff(
            "fr",
            unit(
                "report.heading.summary",
                "Summary",
                "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"/etc/passwd\""
                    + " parse=\"text\"/>"));
    TranslationsException e =
        assertThrows(TranslationsException.class, () -> importText("xi.xlf", xml));
    assertEquals(
        dir.resolve("xi.xlf")
            + ":7 report.heading.summary: <xi:include> inside <target>: inline markup is not"
            + " supported; write the message as plain ICU text, placeholders like {count}"
            + " included",
        e.getMessage());
  }

  @Test
  void aFileThatIsNotXliff2IsNamedAsSuch() {
    TranslationsException e =
        assertThrows(
            TranslationsException.class,
            () ->
                importText(
                    "old.xlf",
                    "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"/>"));
    assertEquals(
        dir.resolve("old.xlf")
            + ":1 not an XLIFF 2.0 document (the root element must be <xliff version=\"2.0\""
            + " xmlns=\"urn:oasis:names:tc:xliff:document:2.0\">); export one with stocktake"
            + " translations export --lang LANG",
        e.getMessage());
    TranslationsException broken =
        assertThrows(TranslationsException.class, () -> importText("cut.xlf", "<xliff"));
    assertTrue(
        broken.getMessage().contains("cut.xlf:1 not well-formed XML ("), broken.getMessage());
  }

  @Test
  void labelUnitsGoToTheLabelsFile() throws IOException {
    Path translations = dir.resolve("translations");
    String xml =
        xliff("fr", unit("report.a", "A", "À"))
            .replace(
                "</xliff>",
                "  <file id=\"labels\">\n"
                    + unit("item.cc.crisis-response", "Crisis response", "Réponse aux crises")
                    + unit("bad key", "x", "y")
                    + "  </file>\n</xliff>");
    TranslationsException e =
        assertThrows(TranslationsException.class, () -> importText("l.xlf", xml));
    assertEquals(1, e.issues().size(), e.getMessage());
    assertTrue(
        e.getMessage().startsWith(dir.resolve("l.xlf") + ":18 bad key: unit id: not a valid label"),
        e.getMessage());

    XliffImport ok = importText("l.xlf", xml.replace(unit("bad key", "x", "y"), ""));
    ok.writeTo(translations);
    assertEquals(
        "Réponse aux crises",
        LabelOverrides.load(translations).label("fr", "item", "cc.crisis-response").orElseThrow());
    assertEquals("À", Catalog.load(translations).messages("fr").format("report.a"));
  }

  static String xliff(String lang, String units) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\""
        + " trgLang=\""
        + lang
        + "\">\n"
        + "  <file id=\"messages\">\n"
        + units
        + "  </file>\n"
        + "</xliff>\n";
  }

  static String unit(String id, String source, String target) {
    return "    <unit id=\""
        + id
        + "\">\n"
        + "      <segment>\n"
        + "        <source>"
        + source
        + "</source>\n"
        + (target == null ? "" : "        <target>" + target + "</target>\n")
        + "      </segment>\n"
        + "    </unit>\n";
  }
}
