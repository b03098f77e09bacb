package dev.stocktake.cli.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stocktake.cli.ExitCodes;
import dev.stocktake.cli.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
  @TempDir Path temp;

  /** One test, as the demo's run is the slow part: what a demo says, then a second demo. */
  @Test
  void copiesChecksAndSummarisesTheExampleAndRunningAgainReplacesIt() throws Exception {
    Path out = temp.resolve("demo");
    Run run = Run.of("demo", "--out", out.toString());
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals("demo: copied the example consultation to " + out, lines.get(0));
    assertEquals(
        "demo: christchurch-call-consultation: 2 schema versions, framework christchurch-call-work-plan,"
            + " languages en, fr, es, ar, mi, id — all valid",
        lines.get(1));
    assertEquals(
        "demo: round 2020 (schema v1): 243 submissions from 240 respondents of 333 invited (72%)",
        lines.get(2));
    assertEquals(
        "demo: round 2022 (schema v2): 303 submissions from 300 respondents of 417 invited (72%)",
        lines.get(3));
    assertTrue(
        lines.get(4).startsWith("demo: v1 → v2: 3 changes break comparability, "), lines.get(4));
    assertTrue(Files.exists(out.resolve("rounds/2022/responses.csv")));

    Files.writeString(out.resolve("scratch.txt"), "left from the first run");
    Run again = Run.of("demo", "--out", out.toString());
    assertEquals(ExitCodes.OK, again.exitCode(), again.err());
    assertTrue(Files.notExists(out.resolve("scratch.txt")));
    try (var entries = Files.list(temp)) {
      assertEquals(List.of(out), entries.toList(), "no staging or old folder is left behind");
    }
  }

  @Test
  void neverOverwritesAFolderThatIsNotADemo() throws Exception {
    Files.writeString(temp.resolve("notes.txt"), "mine");
    Run run = Run.of("demo", "--out", temp.toString());
    assertEquals(ExitCodes.USER_ERROR, run.exitCode());
    assertEquals(
        "stocktake: " + temp + " exists and is not an earlier demo folder; choose another --out\n",
        run.err());
  }
}
