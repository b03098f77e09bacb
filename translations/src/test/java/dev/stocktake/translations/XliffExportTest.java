package dev.stocktake.translations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XliffExportTest {
  static Path tiny() throws URISyntaxException {
    return Path.of(XliffExportTest.class.getResource("/xliff/tiny").toURI());
  }

  @Test
  void aDraftLanguageGivesTranslatedAndInitialSegmentsWithNotes() throws Exception {
    XliffExport export = XliffExport.of(Catalog.fromFolder(tiny()), "fr");

    String expected = Files.readString(tiny().resolve("expected_fr.xlf"), StandardCharsets.UTF_8);
    assertEquals(expected, export.xml());
    assertEquals("fr", export.language());
    assertEquals(5, export.units());
    assertEquals(2, export.untranslated());
  }

  @Test
  void aLanguageThatIsNotADraftIsReviewedAndHasNoDraftNote() throws Exception {
    String xml = XliffExport.of(Catalog.fromFolder(tiny()), "ar").xml();
    assertTrue(xml.contains("trgLang=\"ar\""), xml);
    assertTrue(xml.contains("<segment state=\"reviewed\">"), xml);
    assertTrue(!xml.contains("state=\"translated\"") && !xml.contains("Draft:"), xml);
  }

  @Test
  void aLanguageWithoutABundleIsAllInitial() throws Exception {
    XliffExport export = XliffExport.of(Catalog.fromFolder(tiny()), "pt_br");
    assertEquals("pt-BR", export.language());
    assertEquals(5, export.untranslated());
    assertTrue(!export.xml().contains("<target>"), export.xml());
  }

  @Test
  void theShippedDraftsAreMarkedAsSuch() {
    for (String lang : new String[] {"mi", "id"}) {
      String xml = XliffExport.of(Catalog.load(), lang).xml();
      assertTrue(xml.contains("Draft: the " + lang + " translations"), lang);
      assertTrue(!xml.contains("state=\"reviewed\""), lang);
    }
  }

  @Test
  void labelsAreASecondFileWhenTheProjectOverridesAny(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("labels_en.properties"), "title = Stocktake 2024\ngroup.youth = Youth\n");
    Files.writeString(
        dir.resolve("labels_fr.properties"),
        "group.youth = Jeunesse\nregion.pacific = Pacifique\n");
    String xml = XliffExport.of(Catalog.load(dir), LabelOverrides.load(dir), "fr").xml();
    String labels = xml.substring(xml.indexOf("<file id=\"labels\""));
    assertEquals(
        String.join(
            "\n",
            "<file id=\"labels\" xml:space=\"preserve\">",
            "    <notes>",
            "      <note>Survey labels the project overrides in its"
                + " translations/labels_&lt;lang&gt;.properties: plain text, not ICU. Keys: title,"
                + " round.&lt;id&gt;, group.&lt;id&gt;, region.&lt;code&gt;, section.&lt;id&gt;, question.&lt;id&gt;,"
                + " choice.&lt;question&gt;.&lt;code&gt;, item.&lt;id&gt;,"
                + " theme.&lt;codebook&gt;.&lt;id&gt;.</note>",
            "    </notes>",
            "    <unit id=\"group.youth\">",
            "      <segment state=\"reviewed\">",
            "        <source>Youth</source>",
            "        <target>Jeunesse</target>",
            "      </segment>",
            "    </unit>",
            "    <unit id=\"region.pacific\">",
            "      <notes>",
            "        <note>The en label comes from the survey schema and is not shown here.</note>",
            "      </notes>",
            "      <segment state=\"reviewed\">",
            "        <source></source>",
            "        <target>Pacifique</target>",
            "      </segment>",
            "    </unit>",
            "    <unit id=\"title\">",
            "      <segment state=\"initial\">",
            "        <source>Stocktake 2024</source>",
            "      </segment>",
            "    </unit>",
            "  </file>",
            "</xliff>",
            ""),
        labels);
    assertTrue(
        !XliffExport.of(Catalog.load(), LabelOverrides.none(), "fr").xml().contains("labels"));
  }

  @Test
  void aTagWithExtensionsOrAMalformedOneIsRefused() {
    TranslationsException e =
        assertThrows(
            TranslationsException.class, () -> XliffExport.of(Catalog.load(), "ar-u-nu-arab"));
    assertEquals(
        "ar-u-nu-arab: translations are per language; export ar (extensions such as -u-nu-arab"
            + " only change how a report shows numbers)",
        e.getMessage());
    assertThrows(TranslationsException.class, () -> XliffExport.of(Catalog.load(), "x y"));
  }

  @Test
  void aCharacterXmlCannotCarryIsNamedWithItsKey(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("messages_en.properties"), "report.x = bell \\u0007\n");
    TranslationsException e =
        assertThrows(
            TranslationsException.class, () -> XliffExport.of(Catalog.fromFolder(dir), "fr"));
    assertEquals(
        "report.x: holds the character U+0007, which XML cannot carry; remove it from the bundle"
            + " (write \\n for a line break)",
        e.getMessage());
  }
}
