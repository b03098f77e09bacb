package dev.stocktake.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stocktake.cli.ExampleCopy;
import dev.stocktake.cli.ExitCodes;
import dev.stocktake.cli.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
  @TempDir Path temp;

  /**
   * One test, as the example's run is the slow part: the outputs land in the chosen folder, and a
   * second run over them gives the same bytes for every CSV, JSON, HTML and Markdown output.
   * (Parquet part files carry Spark's job id in their names; their contents are checked through the
   * CSVs made from them.)
   */
  @Test
  void ingestsThenComparesIntoTheChosenFolderAndRunningAgainGivesTheSameOutputs() throws Exception {
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
            + " 111 tests (129 withheld: they would reveal a small count), 4 key findings"
            + " (public edition)",
        lines.get(lines.size() - 7));
    for (String language : List.of("en", "fr", "es", "ar", "mi", "id")) {
      Path report = out.resolve("report").resolve(language).resolve("index.html");
      assertTrue(lines.contains("run: report " + language + ": " + report), run.out());
      assertTrue(Files.exists(report));
    }
    assertTrue(Files.exists(out.resolve("reconciliation.json")));
    assertTrue(Files.notExists(project.resolve("out")));

    Map<String, String> first = digests(out);
    Run again = Run.of("run", project.toString(), "--out", out.toString());
    assertEquals(ExitCodes.OK, again.exitCode(), again.err());
    assertTrue(first.size() > 300, "outputs: " + first.size());
    assertEquals(first, digests(out));
  }

  private static Map<String, String> digests(Path out) throws Exception {
    Map<String, String> digests = new TreeMap<>();
    try (Stream<Path> files = Files.walk(out)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String name = out.relativize(file).toString();
        if (name.matches(".*\\.(csv|json|html|md)")) {
          digests.put(
              name,
              HexFormat.of()
                  .formatHex(
                      MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
        }
      }
    }
    return digests;
  }
}
