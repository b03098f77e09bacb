package dev.stocktake.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stocktake.cli.ExampleCopy;
import dev.stocktake.cli.ExitCodes;
import dev.stocktake.cli.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
  @TempDir Path temp;

  @Test
  void ingestsThenComparesIntoTheChosenFolder() throws Exception {
    Path project = ExampleCopy.in(temp, true);
    Path out = temp.resolve("elsewhere");
    Run run = Run.of("run", project.toString(), "--out", out.toString());
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    List<String> lines = run.out().lines().toList();
    assertTrue(lines.get(0).startsWith("ingest: scanned 2 files, 546 rows"), lines.get(0));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("compare: aggregated ")), run.out());
    assertTrue(lines.contains("findings in " + out.resolve("findings.json")), run.out());
    assertEquals(
        "run: 2 rounds (2020, 2022): 540 responses accepted, 0 quarantined, 6 superseded;"
            + " 240 tests, 3 key findings (public edition)",
        lines.get(lines.size() - 5));
    for (String language : List.of("en", "fr", "es", "ar")) {
      Path report = out.resolve("report").resolve(language).resolve("index.html");
      assertTrue(lines.contains("run: report " + language + ": " + report), run.out());
      assertTrue(Files.exists(report));
    }
    assertTrue(Files.exists(out.resolve("reconciliation.json")));
    assertTrue(Files.notExists(project.resolve("out")));
  }
}
