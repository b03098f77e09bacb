package dev.stocktake.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The whole benchmark at a tiny size: Spark, DuckDB and the floor, about a minute. */
class BenchMainTest {

  @Test
  void tinyRunHasIdenticalCountsAndEndsWithTheMachineLine(@TempDir Path dir) throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = BenchMain.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute("--respondents", "300", "--out", dir.toString());
    assertEquals(0, code, out + "\n" + err);
    List<String> lines = out.toString().lines().toList();
    String last = lines.get(lines.size() - 1);
    assertTrue(
        last.matches(
            "bench respondents=300 stocktake_s=\\d+\\.\\d\\d duckdb_s=\\d+\\.\\d\\d"
                + " floor_s=\\d+\\.\\d{3} ratio_vs_duckdb=\\d+\\.\\d\\d ratio_vs_floor=\\d+\\.\\d"
                + " peak_heap_mb=\\d+ counts_identical=true"),
        last);
    assertTrue(Files.exists(dir.resolve("bench.json")));
    assertTrue(Files.readString(dir.resolve("bench.json")).contains("\"counts_identical\" : true"));
    // The generated data is deleted without --keep; bench.json stays.
    assertTrue(Files.notExists(dir.resolve("respondents-300")));
  }

  @Test
  void aSizeBelowOneIsAUserError() {
    StringWriter err = new StringWriter();
    CommandLine cli = BenchMain.commandLine();
    cli.setErr(new PrintWriter(err));
    assertEquals(1, cli.execute("--respondents", "0"));
    assertTrue(err.toString().contains("--respondents must be 1 or more, not 0"), err.toString());
  }
}
