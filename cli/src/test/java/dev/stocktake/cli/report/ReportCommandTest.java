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
  void writesTheKeyFindingsInEveryLanguageOfTheProject() throws Exception {
    Path project = ExampleCopy.in(temp, true);
    assertEquals(ExitCodes.OK, Run.of("run", project.toString()).exitCode());
    Run run = Run.of("report", project.toString());
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    for (String language : List.of("en", "fr", "es", "ar")) {
      Path file = project.resolve("out/report").resolve(language).resolve("key-findings.md");
      String text = Files.readString(file);
      assertTrue(text.startsWith("# "), language + ": " + text);
      assertFalse(text.contains("finding."), language + ": a raw key in " + text);
      assertTrue(run.out().contains("report: " + language + ": " + file), run.out());
    }
  }

  @Test
  void withoutFindingsItSaysWhatToRunFirst() throws Exception {
    Path project = ExampleCopy.in(temp, true);
    Run run = Run.of("report", project.toString());
    assertEquals(ExitCodes.USER_ERROR, run.exitCode());
    assertEquals(
        "stocktake: no findings in "
            + project.resolve("out")
            + ": run stocktake compare "
            + project
            + " first (with the same --out)\n",
        run.err());
  }
}
