package dev.stocktake.cli.translations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stocktake.cli.ExitCodes;
import dev.stocktake.cli.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportImportCommandTest {
  @TempDir Path temp;

  @Test
  void exportWritesTheFileAndSaysHowMuchIsLeft() throws Exception {
    Path out = temp.resolve("fr.xlf");
    Run run = Run.of("translations", "export", "--lang", "fr", "--out", out.toString());
    assertEquals(ExitCodes.OK, run.exitCode(), run.out() + run.err());
    int units = (int) Files.readString(out).lines().filter(l -> l.contains("<unit ")).count();
    assertEquals("export: " + out + ": " + units + " units for fr, 0 untranslated\n", run.out());
    assertEquals("", run.err());
  }

  @Test
  void aTranslationComesBackIntoTheProjectAndRoundTrips() throws Exception {
    Path project = Files.createDirectories(temp.resolve("project"));
    Path translations = Files.createDirectories(project.resolve("translations"));
    Files.writeString(translations.resolve("labels_en.properties"), "group.youth = Youth\n");
    Path first = temp.resolve("de.xlf");
    Run export =
        Run.of(
            "translations",
            "export",
            "--lang",
            "de",
            project.toString(),
            "--out",
            first.toString());
    assertEquals(ExitCodes.OK, export.exitCode(), export.err());
    String xml = Files.readString(first, StandardCharsets.UTF_8);
    int units = (int) xml.lines().filter(l -> l.contains("<unit ")).count();
    assertEquals(
        "export: " + first + ": " + units + " units for de, " + units + " untranslated\n",
        export.out());

    String translated =
        xml.replace(
                "<source>Summary</source>",
                "<source>Summary</source>\n        <target>Zusammenfassung</target>")
            .replace(
                "<source>Youth</source>",
                "<source>Youth</source>\n        <target>Jugend</target>");
    Files.writeString(first, translated, StandardCharsets.UTF_8);
    Run imported = Run.of("translations", "import", first.toString(), project.toString());

    assertEquals(ExitCodes.OK, imported.exitCode(), imported.err());
    assertEquals(
        "import: "
            + translations.resolve("messages_de.properties")
            + ": 1 imported, 1 in the file\n"
            + "import: "
            + translations.resolve("labels_de.properties")
            + ": 1 imported, 1 in the file\n"
            + "import: "
            + first
            + ": "
            + (units - 2)
            + " untranslated units skipped\n",
        imported.out());
    assertTrue(
        Files.readString(translations.resolve("messages_de.properties"))
            .contains("\nreport.heading.summary = Zusammenfassung\n"));

    Path second = temp.resolve("de-again.xlf");
    Run again =
        Run.of(
            "translations",
            "export",
            "--lang",
            "de",
            project.toString(),
            "--out",
            second.toString());
    assertEquals(ExitCodes.OK, again.exitCode(), again.err());
    assertEquals(
        translated
            .replace(
                "<segment state=\"initial\">\n        <source>Summary",
                "<segment state=\"reviewed\">\n        <source>Summary")
            .replace(
                "<segment state=\"initial\">\n        <source>Youth",
                "<segment state=\"reviewed\">\n        <source>Youth"),
        Files.readString(second, StandardCharsets.UTF_8));
  }

  @Test
  void aBadTargetIsExitOneWithFileLineAndUnitAndNothingIsWritten() throws Exception {
    Path file = temp.resolve("fr.xlf");
    Files.writeString(
        file,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\""
            + " srcLang=\"en\" trgLang=\"fr\">\n"
            + "  <file id=\"messages\">\n"
            + "    <unit id=\"report.summary.key_findings\">\n"
            + "      <segment state=\"translated\">\n"
            + "        <source>{count, plural, one {# finding} other {# findings}}</source>\n"
            + "        <target>{n, plural, one {# constat} other {# constats}}</target>\n"
            + "      </segment>\n"
            + "    </unit>\n"
            + "  </file>\n"
            + "</xliff>\n");
    Run run = Run.of("translations", "import", file.toString(), temp.toString());
    assertEquals(ExitCodes.USER_ERROR, run.exitCode(), run.out() + run.err());
    assertEquals(
        "stocktake: "
            + file
            + ":7 report.summary.key_findings: uses {n}, which the en message does not have and"
            + " leaves out {count}; placeholders keep the en names: {count}\n",
        run.err());
    assertEquals("", run.out());
    assertFalse(Files.exists(temp.resolve("translations")));
  }

  @Test
  void anXxePayloadIsRefused() throws Exception {
    Path file = temp.resolve("evil.xlf");
    Files.writeString(
        file,
        "<?xml version=\"1.0\"?>\n"
            + "<!DOCTYPE xliff [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
            + "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\""
            + " srcLang=\"en\" trgLang=\"fr\"><file id=\"messages\"><unit id=\"a.b\"><segment>"
            + "<source>x</source><target>&xxe;</target></segment></unit></file></xliff>\n");
    Run run = Run.of("translations", "import", file.toString(), temp.toString());
    assertEquals(ExitCodes.USER_ERROR, run.exitCode(), run.out() + run.err());
    assertEquals(
        "stocktake: "
            + file
            + ":2 has a DOCTYPE declaration, which is refused: XLIFF never needs one, and its"
            + " entities could read other files or URLs; remove the <!DOCTYPE …> declaration, or"
            + " export a fresh file with stocktake translations export\n",
        run.err());
    assertFalse(Files.exists(temp.resolve("translations")));
  }

  @Test
  void mistakesOnTheCommandLineAreExitOne() {
    Run noLang = Run.of("translations", "export");
    assertEquals(ExitCodes.USER_ERROR, noLang.exitCode());
    assertTrue(
        noLang.err().startsWith("stocktake: Missing required option: '--lang=LANG'\n"),
        noLang.err());
    Run badLang =
        Run.of("translations", "export", "--lang", "x y", "--out", temp.resolve("x").toString());
    assertEquals(ExitCodes.USER_ERROR, badLang.exitCode());
    assertEquals(
        "stocktake: \"x y\" is not a BCP 47 language tag; write e.g. fr, pt-BR or ar-u-nu-latn\n",
        badLang.err());
    Run noFile = Run.of("translations", "import", temp.resolve("none.xlf").toString());
    assertEquals(ExitCodes.USER_ERROR, noFile.exitCode());
    assertEquals(
        "stocktake: "
            + temp.resolve("none.xlf")
            + ": no such file; give the XLIFF file to import\n",
        noFile.err());
  }
}
