package dev.stocktake.translations.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stocktake.translations.Issue;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BundleReaderTest {
  private static final String EXPECT = "# expect: ";

  @Test
  void readsKeysValuesContinuationsAndEscapes() {
    String text =
        "\uFEFF# comment\n"
            + "! another comment\n"
            + "\n"
            + "meta.status = draft\n"
            + "report.heading.summary =   Summary  \n"
            + "report.note.fallback = {count, plural, one {# text} \\\n"
            + "    other {# texts}} shown\r\n"
            + "report.column.interval = 95\\u00A0% \\\\ \\n\n"
            + "report.column.round =\n";
    BundleReader.Result read = BundleReader.read("fr", "messages_fr.properties", text);

    assertEquals(List.of(), read.issues());
    Bundle bundle = read.bundle();
    assertEquals("draft", bundle.statusValue());
    assertEquals(4, bundle.status().line());
    assertEquals(
        List.of("report.heading.summary", "report.note.fallback", "report.column.interval"),
        List.copyOf(bundle.messages().keySet()));
    assertEquals("Summary", bundle.messages().get("report.heading.summary").value());
    Entry fallback = bundle.messages().get("report.note.fallback");
    assertEquals("{count, plural, one {# text} other {# texts}} shown", fallback.value());
    assertEquals("messages_fr.properties:6", fallback.location());
    assertEquals("95\u00A0% \\ \n", bundle.messages().get("report.column.interval").value());
  }

  @Test
  void anEmptyValueIsNotYetTranslated() {
    BundleReader.Result read = BundleReader.read("fr", "f", "report.column.round =\n");
    assertTrue(read.bundle().messages().isEmpty());
    assertNull(read.bundle().status());
    assertEquals("translated", read.bundle().statusValue());
  }

  @Test
  void overridesReplaceMessagesAndKeepTheRest() {
    Bundle shipped =
        BundleReader.read("fr", "a", "meta.status = draft\nx.a = A\nx.b = B\n").bundle();
    Bundle project = BundleReader.read("fr", "b", "x.b = B2\nx.c = C\n").bundle();
    Bundle merged = shipped.overriddenBy(project);
    assertEquals(List.of("x.a", "x.b", "x.c"), List.copyOf(merged.messages().keySet()));
    assertEquals("b:1", merged.messages().get("x.b").location());
    assertEquals("draft", merged.statusValue());
  }

  /** Each file under bundles/invalid/ states the issues it must give in "# expect:" lines. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidBundles")
  void invalidBundlesGiveLocatedIssues(String name) throws IOException, URISyntaxException {
    Path file = folder().resolve(name);
    String text = Files.readString(file, StandardCharsets.UTF_8);
    List<String> expected =
        text.lines()
            .filter(l -> l.startsWith(EXPECT))
            .map(l -> l.substring(EXPECT.length()))
            .toList();

    List<String> actual =
        BundleReader.read("en", name, text).issues().stream().map(Issue::toString).toList();

    assertEquals(expected, actual);
  }

  static Stream<String> invalidBundles() throws IOException, URISyntaxException {
    try (Stream<Path> files = Files.list(folder())) {
      return files.map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  private static Path folder() throws URISyntaxException {
    return Path.of(BundleReaderTest.class.getResource("/bundles/invalid").toURI());
  }
}
