package dev.stocktake.cli.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.stocktake.cli.CliJvm;
import dev.stocktake.cli.ExampleCopy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stocktake run} on a real Spark standalone cluster (scripts/local-cluster.sh: a master and
 * two single-core workers on 127.0.0.1) gives byte for byte the findings and reconciliation of a
 * run in process. The CLI runs as a separate JVM, as users run it; logs of the cluster and of both
 * runs stay in target/local-cluster-it/. Tagged "reliability": it runs with {@code -P reliability}
 * (as CI does), beside WorkerLostIT, so that a plain {@code mvn verify} stays within its budget.
 */
@Tag("reliability")
@TestInstance(Lifecycle.PER_CLASS)
class LocalClusterIT {
  private static final Path LOGS = CliJvm.TARGET.resolve("local-cluster-it");
  private static final Duration RUN_TIMEOUT = Duration.ofMinutes(4);
  private static final List<String> COMPARED = List.of("reconciliation.json", "findings.json");

  @TempDir Path temp;

  private LocalCluster cluster;

  @BeforeAll
  void startCluster() throws Exception {
    Assumptions.assumeTrue(
        LocalCluster.bashAvailable(),
        "LocalClusterIT skipped: it needs bash to run scripts/local-cluster.sh");
    CliJvm.assertBuilt();
    long start = System.nanoTime();
    cluster = LocalCluster.start(LOGS.resolve("cluster"));
    System.out.printf(
        Locale.ROOT, "LocalClusterIT: cluster %s up in %s%n", cluster.masterUrl(), since(start));
  }

  @AfterAll
  void stopCluster() throws Exception {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void aClusterRunFindsWhatALocalRunFinds() throws Exception {
    Path project = ExampleCopy.in(temp, true);
    Path local = temp.resolve("out-local");
    Path onCluster = temp.resolve("out-cluster");

    runCli(project, "local[2]", local, "run-local.log");
    runCli(project, cluster.masterUrl(), onCluster, "run-cluster.log");

    List<String> sizes = new ArrayList<>();
    for (String file : COMPARED) {
      assertSameBytes(local.resolve(file), onCluster.resolve(file));
      sizes.add(file + " " + Files.size(onCluster.resolve(file)) + " bytes");
    }
    System.out.printf(
        Locale.ROOT, "LocalClusterIT: identical on the cluster: %s%n", String.join(", ", sizes));
  }

  private static void runCli(Path project, String master, Path out, String logName)
      throws Exception {
    Path log = LOGS.resolve(logName);
    long start = System.nanoTime();
    int code =
        CliJvm.run(
            log,
            RUN_TIMEOUT,
            // The executors call back to the driver: on one machine, at the cluster's address.
            List.of("-Dspark.driver.host=127.0.0.1"),
            List.of("run", project.toString(), "--master", master, "--out", out.toString()));
    System.out.printf(
        Locale.ROOT, "LocalClusterIT: run --master %s took %s%n", master, since(start));
    assertEquals(0, code, "stocktake run --master " + master + " failed; " + CliJvm.tail(log));
  }

  private static void assertSameBytes(Path expected, Path actual) throws IOException {
    long at = Files.mismatch(expected, actual);
    if (at < 0) {
      return;
    }
    List<String> want = Files.readAllLines(expected);
    List<String> got = Files.readAllLines(actual);
    int line = 0;
    while (line < Math.min(want.size(), got.size()) && want.get(line).equals(got.get(line))) {
      line++;
    }
    fail(
        String.format(
            Locale.ROOT,
            "%s differs from the local run's at byte %d, line %d:%n  local:   %s%n  cluster: %s",
            actual,
            at,
            line + 1,
            line < want.size() ? want.get(line) : "<end of file>",
            line < got.size() ? got.get(line) : "<end of file>"));
  }

  private static String since(long startNanos) {
    return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - startNanos) / 1e9);
  }
}
