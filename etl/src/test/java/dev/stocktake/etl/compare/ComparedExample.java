package dev.stocktake.etl.compare;

import dev.stocktake.etl.SharedSpark;
import dev.stocktake.etl.ingest.Edition;
import dev.stocktake.etl.ingest.Ingest;
import dev.stocktake.etl.ingest.Pseudonymiser;
import dev.stocktake.etl.io.OutputFolder;
import dev.stocktake.schema.findings.Findings;
import dev.stocktake.schema.project.Project;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shipped example, ingested and compared once per test JVM for the tests that read its
 * findings, in a temporary folder removed when the JVM ends.
 */
public final class ComparedExample {
  public static final Path EXAMPLE = Path.of("../examples/christchurch-call-consultation");
  private static final byte[] KEY =
      "compare-test-key-0123456789abcdef".getBytes(StandardCharsets.UTF_8);

  /** Every environment variable holds {@link #KEY}, so compare finds the ingest's key. */
  public static final java.util.function.Function<String, String> KEY_ENVIRONMENT =
      variable -> new String(KEY, StandardCharsets.UTF_8);

  private static Path out;
  private static Findings findings;

  private ComparedExample() {}

  public static synchronized Findings findings() {
    if (findings == null) {
      Project project = Project.load(EXAMPLE);
      Ingest.run(
          SharedSpark.session(),
          project,
          new Ingest.Options(out(), Edition.PUBLIC, pseudonymiser()),
          p -> {});
      findings =
          Compare.run(
              SharedSpark.session(),
              project,
              // The community edition: every figure, for the tests to check against R and by hand.
              new Compare.Options(out(), "community", KEY_ENVIRONMENT),
              p -> {});
    }
    return findings;
  }

  /** The pseudonymiser the example was ingested with. */
  public static Pseudonymiser pseudonymiser() {
    return new Pseudonymiser(KEY);
  }

  /** The output folder of the ingest and the comparison. */
  public static synchronized Path out() {
    if (out == null) {
      try {
        out = Files.createTempDirectory("stocktake-compared-example");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Path folder = out;
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      OutputFolder.deleteTree(folder);
                    } catch (IOException e) {
                      // a temporary folder left behind is harmless
                    }
                  }));
    }
    return out;
  }
}
