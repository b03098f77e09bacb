package dev.stocktake.cli.compare;

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

class CompareCommandTest {
  @TempDir Path temp;

  @Test
  void comparesTheIngestedRoundsAndLeadsWithThePlantedProgress() throws Exception {
    Path project = ExampleCopy.in(temp, true);
    assertEquals(ExitCodes.OK, Run.of("ingest", project.toString()).exitCode());
    Run run = Run.of("compare", project.toString());
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    List<String> lines = run.out().lines().toList();
    assertTrue(lines.get(0).startsWith("compare: aggregated "), lines.get(0));
    assertTrue(
        lines.stream()
            .anyMatch(
                l ->
                    l.startsWith(
                        "  1. finding.commitment.progress item=cc.crisis_response group=all")),
        run.out());
    assertEquals(
        "findings in " + project.resolve("out/findings.json"), lines.get(lines.size() - 1));
    for (String output :
        List.of(
            "distributions",
            "distributions.csv",
            "comparisons",
            "comparisons.csv",
            "findings.json")) {
      assertTrue(Files.exists(project.resolve("out").resolve(output)), output);
    }
  }

  @Test
  void withoutAnIngestItSaysWhatToRunFirst() throws Exception {
    Path project = ExampleCopy.in(temp, true);
    Run run = Run.of("compare", project.toString());
    assertEquals(ExitCodes.USER_ERROR, run.exitCode());
    assertEquals(
        "stocktake: no ingested answers in "
            + project.resolve("out")
            + ": run stocktake ingest "
            + project
            + " first (with the same --out)\n",
        run.err());
  }
}
