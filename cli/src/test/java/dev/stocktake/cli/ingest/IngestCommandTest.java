package dev.stocktake.cli.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stocktake.cli.ExampleCopy;
import dev.stocktake.cli.ExitCodes;
import dev.stocktake.cli.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandTest {
  @TempDir Path temp;

  @Test
  void ingestsTheExampleAndPrintsTheReconciliation() throws Exception {
    Path project = ExampleCopy.in(temp, true);
    Run run = Run.of("ingest", project.toString());
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    List<String> lines = run.out().lines().toList();
    assertTrue(lines.get(0).startsWith("ingest: scanned 2 files, 546 rows, "), lines.get(0));
    assertTrue(
        lines.get(1).startsWith("ingest: validated and harmonised 546 rows in "), lines.get(1));
    assertTrue(lines.get(2).startsWith("ingest: wrote "), lines.get(2));
    assertTrue(
        lines.contains(
            "  rounds/2020/responses.csv: 243 rows read = 240 accepted + 0 quarantined + 3 superseded"),
        run.out());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("total: 546 rows read = ")), run.out());
    assertEquals(
        "outputs (public edition) in " + project.resolve("out"), lines.get(lines.size() - 1));
    for (String output :
        List.of("answers", "respondents", "quarantine.csv", "reconciliation.json")) {
      assertTrue(Files.exists(project.resolve("out").resolve(output)), output);
    }

    // A second run replaces the outputs in one step and leaves nothing else behind.
    String reconciliation = Files.readString(project.resolve("out/reconciliation.json"));
    assertEquals(ExitCodes.OK, Run.of("ingest", project.toString()).exitCode());
    assertEquals(reconciliation, Files.readString(project.resolve("out/reconciliation.json")));
    try (Stream<Path> entries = Files.list(project.resolve("out"))) {
      assertEquals(
          List.of("answers", "quarantine.csv", "reconciliation.json", "respondents"),
          entries.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void withoutAKeyThePublicEditionStopsWithAClearMessage() throws Exception {
    Path project = ExampleCopy.in(temp, false);
    Run run = Run.of("ingest", project.toString());
    assertEquals(ExitCodes.USER_ERROR, run.exitCode(), run.out());
    assertEquals(
        "stocktake: the public edition pseudonymises respondent ids with a secret key, and none was"
            + " found: set STOCKTAKE_KEY, e.g. export STOCKTAKE_KEY=$(head -c 32 /dev/urandom |"
            + " base64), or write the key to "
            + project.resolve(".secrets/pseudonymisation.key")
            + " (keep it out of version control)\n",
        run.err());
    assertTrue(Files.notExists(project.resolve("out")));
  }

  @Test
  void aFolderThatIsNoProjectIsAUserError() {
    Run run = Run.of("ingest", temp.toString());
    assertEquals(ExitCodes.USER_ERROR, run.exitCode());
    assertTrue(run.err().startsWith("stocktake: "), run.err());
    assertTrue(run.err().contains("not a Stocktake project"), run.err());
  }
}
