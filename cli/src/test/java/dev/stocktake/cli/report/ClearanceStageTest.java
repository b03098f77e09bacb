package dev.stocktake.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stocktake.cli.ExampleCopy;
import dev.stocktake.cli.ExitCodes;
import dev.stocktake.cli.Run;
import dev.stocktake.schema.project.Project;
import dev.stocktake.translations.Catalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClearanceStageTest {
  @TempDir Path temp;

  @Test
  void theReportWritesAClearanceDocumentForEveryRespondentOfTheNewestRound() throws Exception {
    Path project = ExampleCopy.in(temp, true);
    assertEquals(ExitCodes.OK, Run.of("run", project.toString()).exitCode());
    Run run = Run.of("report", project.toString());
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    Path folder = project.resolve("out/report/clearance");
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.sorted().toList();
    }
    assertTrue(files.size() > 250, "documents: " + files.size());
    assertTrue(
        run.out()
            .contains(
                "report: clearance: "
                    + files.size()
                    + " documents for the respondents of round 2022 to check, in "
                    + folder
                    + " (confidential: never publish them)"),
        run.out());

    // org-0097 answered in English, consents to anonymous quotes, and asked for a redaction.
    Document doc = Jsoup.parse(folder.resolve("org-0097.html").toFile(), "UTF-8");
    assertEquals("en", doc.selectFirst("html").attr("lang"));
    assertEquals(
        "Dear colleagues at Victims' Support Institute Fiji,", doc.selectFirst(".greeting").text());
    assertTrue(
        doc.selectFirst("p.consent")
            .text()
            .startsWith("You agreed that your answers may be" + " quoted without the name"));
    Element crisis = answer(doc, "crisis_comments");
    assertEquals(
        "Never quoted or shown: you asked us to leave this answer out.",
        crisis.selectFirst(".use").text());
    assertEquals(
        "You have checked and cleared this answer.",
        answer(doc, "implementation_comments").selectFirst(".cleared").text());

    // org-0099 answered in Arabic.
    Document arabic = Jsoup.parse(folder.resolve("org-0099.html").toFile(), "UTF-8");
    assertEquals("rtl", arabic.selectFirst("html").attr("dir"));
  }

  /** The answer whose heading is the English label of a question of the example's newest schema. */
  private static Element answer(Document doc, String question) {
    Project example = Project.load(Path.of("../examples/christchurch-call-consultation"));
    String label =
        example.newestSchema().question(question).orElseThrow().label().in("en").orElseThrow();
    return doc.select("ol.answers > li").stream()
        .filter(li -> li.selectFirst("h3").text().equals(label.strip()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no answer to " + question));
  }

  @Test
  void fileNamesKeepPlainIdsAndMakeOthersSafeAndDistinct() {
    assertEquals("org-0097.html", ClearanceStage.fileName("org-0097"));
    String odd = ClearanceStage.fileName("../Ngā Tāngata/1");
    assertTrue(odd.matches("_\\.\\._Ng__T_ngata_1-[0-9a-f]{8}\\.html"), odd);
    assertTrue(
        !ClearanceStage.fileName("a b").equals(ClearanceStage.fileName("a/b")), "distinct names");
  }

  @Test
  void aLanguageWithoutMessagesFallsBackToTheSourceLanguage() {
    Project example = Project.load(Path.of("../examples/christchurch-call-consultation"));
    Catalog catalog = Catalog.load();
    assertEquals("fr", ClearanceStage.languageFor("FR", example, catalog));
    assertEquals("mi", ClearanceStage.languageFor("mi", example, catalog));
    assertEquals("es", ClearanceStage.languageFor("es-419", example, catalog));
    assertEquals("en", ClearanceStage.languageFor("pt-BR", example, catalog));
    assertEquals("en", ClearanceStage.languageFor("", example, catalog));
  }
}
