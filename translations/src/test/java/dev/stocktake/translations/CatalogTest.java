package dev.stocktake.translations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogTest {

  @Test
  void shipsTheSourceLanguageAndFiveOthers() {
    Catalog catalog = Catalog.load();
    assertEquals(Set.of("ar", "en", "es", "fr", "id", "mi"), catalog.languages());
    assertEquals(List.of("ar", "en", "es", "fr", "id", "mi"), List.copyOf(catalog.languages()));
    assertEquals("en", catalog.sourceLanguage());
  }

  @Test
  void aProjectWithoutTranslationsGetsTheShippedOnes(@TempDir Path project) {
    Catalog catalog = Catalog.load(project.resolve("translations"));
    assertEquals(Catalog.load().languages(), catalog.languages());
    assertEquals(Catalog.load().languages(), Catalog.load(null).languages());
  }

  @Test
  void projectBundlesOverrideAndAdd() throws URISyntaxException {
    Catalog catalog = Catalog.load(MessagesTest.project());
    assertEquals(Set.of("ar", "de", "en", "es", "fr", "id", "mi"), catalog.languages());
    assertEquals("What stands out", catalog.messages("en").format("report.heading.key_findings"));
    assertEquals("Resumen", catalog.messages("es").format("report.heading.summary"));
  }

  @Test
  void everyMalformedLineOfAProjectBundleIsReportedAtOnce(@TempDir Path dir) throws IOException {
    Path translations = Files.createDirectory(dir.resolve("translations"));
    Files.writeString(
        translations.resolve("messages_fr.properties"),
        "report.heading.summary = Résumé\nreport.heading.methodology Méthodologie\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        translations.resolve("messages_es.properties"),
        "Report.Title = Informe\n",
        StandardCharsets.UTF_8);
    Files.writeString(translations.resolve("message_fr.properties"), "x = y\n");

    TranslationsException e =
        assertThrows(TranslationsException.class, () -> Catalog.load(translations));

    assertEquals(
        List.of(
            "translations/message_fr.properties not a message bundle name; name bundles"
                + " messages_<language>.properties with a BCP 47 language tag, like"
                + " messages_fr.properties or messages_pt-BR.properties (and survey labels"
                + " labels_<language>.properties)",
            "translations/messages_es.properties:1 Report.Title: not a valid key; keys are"
                + " lowercase letters, digits and underscores joined by dots, like"
                + " report.heading.summary",
            "translations/messages_fr.properties:2 expected `key = value`, found"
                + " \"report.heading.methodology Méthodologie\"; a message that goes on over"
                + " several lines ends each line but the last with a backslash"),
        e.issues().stream().map(Issue::toString).toList());
    assertEquals(
        String.join("\n", e.issues().stream().map(Issue::toString).toList()), e.getMessage());
  }

  @Test
  void aBundleThatIsNotUtf8IsRejected(@TempDir Path dir) throws IOException {
    Files.write(
        dir.resolve("messages_fr.properties"),
        "report.heading.summary = R\u00e9sum\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    TranslationsException e = assertThrows(TranslationsException.class, () -> Catalog.load(dir));
    assertEquals(
        dir.resolve("messages_fr.properties")
            + ": not valid UTF-8; save the bundle with the UTF-8 encoding",
        e.getMessage());
  }

  @Test
  void aFolderOnItsOwnNeedsTheSourceLanguage(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("messages_fr.properties"), "report.heading.summary = Résumé\n");
    TranslationsException e =
        assertThrows(TranslationsException.class, () -> Catalog.fromFolder(dir));
    assertEquals(
        dir
            + ": no messages_en.properties; every catalogue needs its source language, which"
            + " missing translations fall back to",
        e.getMessage());
  }

  @Test
  void underscoreAndHyphenFileNamesGiveTheSameTag(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("messages_en.properties"), "report.heading.summary = Summary\n");
    Files.writeString(
        dir.resolve("messages_pt_BR.properties"), "report.heading.summary = Resumo\n");
    Catalog catalog = Catalog.fromFolder(dir);
    assertEquals(Set.of("en", "pt-BR"), catalog.languages());
    assertEquals("Resumo", catalog.messages("pt-BR").format("report.heading.summary"));
  }
}
