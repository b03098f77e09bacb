package dev.stocktake.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stocktake.cli.ExampleCopy;
import dev.stocktake.cli.ExitCodes;
import dev.stocktake.cli.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
  @TempDir Path temp;

  @Test
  void writesTheReportInEveryLanguageOfTheProject() throws Exception {
    Path project = ExampleCopy.in(temp, true);
    assertEquals(ExitCodes.OK, Run.of("run", project.toString()).exitCode());
    Run run = Run.of("report", project.toString(), "--edition", "community");
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    for (String language : List.of("en", "fr", "es", "ar")) {
      Path folder = project.resolve("out/report").resolve(language);
      String markdown = Files.readString(folder.resolve("key-findings.md"));
      assertTrue(markdown.startsWith("# "), language + ": " + markdown);
      assertFalse(markdown.contains("finding."), language + ": a raw key in " + markdown);
      String html = Files.readString(folder.resolve("index.html"));
      String direction = language.equals("ar") ? "rtl" : "ltr";
      assertTrue(
          html.contains("<html lang=\"" + language + "\" dir=\"" + direction + "\">"), language);
      assertFalse(html.contains("report.heading"), language + ": a raw key");
      assertTrue(html.contains("Community edition") || !language.equals("en"));
      assertTrue(
          run.out().contains("report: " + language + ": " + folder.resolve("index.html")),
          run.out());
    }
  }

  @Test
  void withoutFindingsItSaysWhatToRunFirst() throws Exception {
    Path project = ExampleCopy.in(temp, true);
    Run run = Run.of("report", project.toString());
    assertEquals(ExitCodes.USER_ERROR, run.exitCode());
    assertEquals(
        "stocktake: no findings.json in "
            + project.resolve("out")
            + ": run the compare stage first (stocktake compare PROJECT_DIR, with the same"
            + " --out), or stocktake run to do every stage\n",
        run.err());
  }
}
