package dev.stocktake.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stocktake.etl.io.OutputFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

/**
 * The shipped example, with a key, run once per test JVM by {@code stocktake run --master local[2]}
 * as users run it: the reference that the integration tests compare their own runs with (on a
 * cluster, after a kill). Each of them ran it again before, at about 50 s a run on the 2-core
 * machine. Tests read the project and the outputs and never write there: a test that writes copies
 * the outputs first ({@link #copyOutputs}). The stages write only under their output folder, so the
 * project stays as it was. Logs in target/example-run/.
 *
 * @param project the example's copy, with its key in .secrets
 * @param out what {@code run} wrote
 */
public record ExampleRun(Path project, Path out) {
  /** The master of the reference run: a test's own run must use it too to write the same files. */
  public static final String MASTER = "local[2]";

  private static final Path DIR = CliJvm.TARGET.resolve("example-run");
  private static final Duration TIMEOUT = Duration.ofMinutes(10);
  private static ExampleRun shared;

  /** The reference run, made by the first caller in this JVM. */
  public static synchronized ExampleRun get() throws Exception {
    if (shared == null) {
      CliJvm.assertBuilt();
      // A previous build's run is not this build's: run again.
      OutputFolder.deleteTree(DIR);
      Path project = ExampleCopy.in(DIR, true);
      Path out = DIR.resolve("out");
      Path log = DIR.resolve("run.log");
      List<String> args =
          List.of("run", project.toString(), "--master", MASTER, "--out", out.toString());
      int code = CliJvm.run(log, TIMEOUT, List.of(), args);
      assertEquals(0, code, "the reference run failed; " + CliJvm.tail(log));
      shared = new ExampleRun(project, out);
    }
    return shared;
  }

  /** Copies every output, bookkeeping included, to {@code to}, with their times; returns it. */
  public Path copyOutputs(Path to) throws IOException {
    ExampleCopy.copyTree(out, to, StandardCopyOption.COPY_ATTRIBUTES);
    return to;
  }
}
