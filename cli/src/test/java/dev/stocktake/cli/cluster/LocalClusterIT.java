package dev.stocktake.cli.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.stocktake.cli.ExampleCopy;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
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
  private static final Path CLI = Path.of("").toAbsolutePath();
  private static final Path SCRIPT = CLI.resolveSibling("scripts").resolve("local-cluster.sh");
  private static final Path TARGET = CLI.resolve("target");
  private static final Path LOGS = TARGET.resolve("local-cluster-it");
  private static final Duration CLUSTER_TIMEOUT = Duration.ofMinutes(2);
  private static final Duration RUN_TIMEOUT = Duration.ofMinutes(4);

  @TempDir Path temp;

  private String masterUrl;

  @BeforeAll
  void startCluster() throws Exception {
    Assumptions.assumeTrue(
        bashAvailable(), "LocalClusterIT skipped: it needs bash to run scripts/local-cluster.sh");
    for (String built : List.of("stocktake-cli.jar", "classpath.txt", "jvm.options")) {
      assertTrue(
          Files.isRegularFile(TARGET.resolve(built)),
          "cli/target/" + built + " is missing: failsafe runs after `package`, which writes it");
    }
    long start = System.nanoTime();
    Path log = LOGS.resolve("start.log");
    int code = cluster(log, "start");
    List<String> out = Files.readAllLines(log, StandardCharsets.UTF_8);
    assertEquals(0, code, "local-cluster.sh start failed:\n" + String.join("\n", out));
    masterUrl = out.get(out.size() - 1);
    assertTrue(masterUrl.startsWith("spark://127.0.0.1:"), "no master URL: " + out);
    System.out.printf(
        Locale.ROOT, "LocalClusterIT: cluster %s up in %s%n", masterUrl, since(start));
  }

  @AfterAll
  void stopCluster() throws Exception {
    if (masterUrl != null || Files.exists(LOGS.resolve("cluster/master.pid"))) {
      cluster(LOGS.resolve("stop.log"), "stop");
    }
  }

  @Test
  void aClusterRunFindsWhatALocalRunFinds() throws Exception {
    Path project = ExampleCopy.in(temp, true);
    Path local = temp.resolve("out-local");
    Path onCluster = temp.resolve("out-cluster");

    runCli(project, "local[2]", local, "run-local.log");
    runCli(project, masterUrl, onCluster, "run-cluster.log");

    for (String file : List.of("reconciliation.json", "findings.json")) {
      assertSameBytes(local.resolve(file), onCluster.resolve(file));
    }
  }

  private static void runCli(Path project, String master, Path out, String logName)
      throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("@" + TARGET.resolve("jvm.options"));
    // The executors call back to the driver: on one machine, at the address the cluster binds to.
    command.add("-Dspark.driver.host=127.0.0.1");
    command.add("-cp");
    command.add(
        TARGET.resolve("stocktake-cli.jar")
            + File.pathSeparator
            + Files.readString(TARGET.resolve("classpath.txt")).strip());
    command.addAll(
        List.of(
            "dev.stocktake.cli.Main",
            "run",
            project.toString(),
            "--master",
            master,
            "--out",
            out.toString()));
    ProcessBuilder builder = new ProcessBuilder(command);
    // Both runs take the key from the project's key file, whatever the environment says.
    builder.environment().remove("STOCKTAKE_KEY");
    long start = System.nanoTime();
    int code = run(builder, LOGS.resolve(logName), RUN_TIMEOUT);
    System.out.printf(
        Locale.ROOT, "LocalClusterIT: run --master %s took %s%n", master, since(start));
    assertEquals(0, code, "stocktake run --master " + master + " failed:\n" + tail(logName));
  }

  /** Runs local-cluster.sh with its state kept apart from a developer's own local cluster. */
  private static int cluster(Path log, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("STOCKTAKE_CLUSTER_DIR", LOGS.resolve("cluster").toString());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    return run(builder, log, CLUSTER_TIMEOUT);
  }

  private static int run(ProcessBuilder builder, Path log, Duration timeout) throws Exception {
    Files.createDirectories(log.getParent());
    Process process = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly().waitFor();
      fail(String.join(" ", builder.command()) + " did not finish in " + timeout + "; see " + log);
    }
    return process.exitValue();
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

  private static boolean bashAvailable() {
    try {
      return new ProcessBuilder("bash", "-c", "true").start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static String tail(String logName) throws IOException {
    Path log = LOGS.resolve(logName);
    List<String> lines = Files.readAllLines(log);
    List<String> last = lines.subList(Math.max(0, lines.size() - 40), lines.size());
    return "the end of " + log + ":\n" + String.join("\n", last);
  }

  private static String since(long startNanos) {
    return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - startNanos) / 1e9);
  }
}
