package dev.stocktake.cli.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.stocktake.cli.CliJvm;
import dev.stocktake.cli.ExampleRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stages on a real Spark standalone cluster (scripts/local-cluster.sh: a master and two
 * single-core workers on 127.0.0.1) write what they write in process: the ingest its reconciliation
 * and quarantine, and the compare its findings even when it loses a worker. The reference is the
 * shipped example's {@code run} in local[2] ({@link ExampleRun}); the CLI runs as a separate JVM,
 * as users run it, and the cluster is started once for both tests. Logs of the cluster and of every
 * run stay in target/cluster-it/. Tagged "reliability": it runs with {@code -P reliability} (as CI
 * does), so that a plain {@code mvn verify} stays within its budget.
 */
@Tag("reliability")
@TestInstance(Lifecycle.PER_CLASS)
// The worker test leaves the cluster one worker short: it goes last.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {
  private static final Path LOGS = CliJvm.TARGET.resolve("cluster-it");
  private static final Duration RUN_TIMEOUT = Duration.ofMinutes(10);
  private static final List<String> INGEST_OUTPUTS =
      List.of("reconciliation.json", "quarantine.csv");
  // What the driver logs at INFO (TaskSetManager, DAGScheduler, TaskSchedulerImpl), e.g.
  // "Starting task 1.0 in stage 3.0 (TID 7) (127.0.0.1,executor 1, partition 1, ...".
  private static final Pattern STARTING_TASK =
      Pattern.compile(
          "Starting task \\S+ in stage \\S+ \\(TID \\d+\\) \\([^,]+, ?executor (\\d+),");
  private static final Pattern MAP_STAGE_FINISHED =
      Pattern.compile("ShuffleMapStage \\d+ .* finished in ");
  // "Submitting 2 missing tasks from ShuffleMapStage 4 (MapPartitionsRDD[12] at ...".
  private static final Pattern MAP_TASKS_SUBMITTED =
      Pattern.compile(
          "Submitting (\\d+) missing tasks from ShuffleMapStage \\d+ \\(\\w+\\[(\\d+)\\]");

  @TempDir Path temp;

  private LocalCluster cluster;
  private ExampleRun reference;

  @BeforeAll
  void startCluster() throws Exception {
    Assumptions.assumeTrue(
        LocalCluster.bashAvailable(),
        "ClusterIT skipped: it needs bash to run scripts/local-cluster.sh");
    reference = ExampleRun.get();
    long start = System.nanoTime();
    cluster = LocalCluster.start(LOGS.resolve("cluster"));
    System.out.printf(
        Locale.ROOT, "ClusterIT: cluster %s up in %s%n", cluster.masterUrl(), since(start));
  }

  @AfterAll
  void stopCluster() throws Exception {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  @Order(1)
  void anIngestOnTheClusterWritesWhatALocalRunWrites() throws Exception {
    Path onCluster = temp.resolve("out-cluster");
    long start = System.nanoTime();
    cli(
        "ingest-cluster.log",
        "ingest",
        reference.project(),
        "--master",
        cluster.masterUrl(),
        "--out",
        onCluster);
    String took = since(start);
    List<String> sizes = new ArrayList<>();
    for (String file : INGEST_OUTPUTS) {
      assertSameBytes(reference.out().resolve(file), onCluster.resolve(file));
      sizes.add(file + " " + Files.size(onCluster.resolve(file)) + " bytes");
    }
    System.out.printf(
        Locale.ROOT,
        "ClusterIT: ingest on the cluster took %s; identical: %s%n",
        took,
        String.join(", ", sizes));
  }

  @Test
  @Order(2)
  void aCompareThatLosesAWorkerFindsWhatALocalRunFinds() throws Exception {
    long begun = System.nanoTime();
    // The compare reads the reference's ingested answers: the ingest is not what is tested here.
    // Its findings go, so that only this compare can write the file compared.
    Path onCluster = reference.copyOutputs(temp.resolve("out-compare"));
    Files.delete(onCluster.resolve("findings.json"));

    Path driverLog = LOGS.resolve("compare-cluster.log");
    long start = System.nanoTime();
    Process compare =
        CliJvm.start(
            driverLog,
            // The executors call back to the driver: on one machine, at the cluster's address.
            List.of("-Dspark.driver.host=127.0.0.1"),
            List.of(
                "--verbose",
                "compare",
                reference.project().toString(),
                "--master",
                cluster.masterUrl(),
                "--out",
                onCluster.toString()));
    String executor = awaitTaskAfterAMapStage(compare, driverLog, start);
    int worker = workerOf(executor);
    if (!compare.isAlive()) {
      fail("compare ended before the worker could be killed; " + CliJvm.tail(driverLog));
    }
    CliJvm.kill(cluster.worker(worker));
    double killedAt = (System.nanoTime() - start) / 1e9;

    if (!compare.waitFor(RUN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
      CliJvm.kill(compare);
      fail("compare did not finish in " + RUN_TIMEOUT + " after the worker was killed");
    }
    assertEquals(
        0, compare.exitValue(), "compare failed after losing a worker; " + CliJvm.tail(driverLog));
    assertSameBytes(reference.out().resolve("findings.json"), onCluster.resolve("findings.json"));

    List<String> driver = Files.readAllLines(driverLog);
    long lostExecutors = count(driver, "Lost executor " + executor + " ");
    // TaskSetManager says one or the other of a task running on the executor when it was lost.
    long runningLost =
        count(driver, "ExecutorLostFailure") + count(driver, "its executor exited for a reason");
    long resubmitted = count(driver, "Resubmitted ShuffleMapTask");
    long mapTasksAgain = mapTasksRunAgain(driver, executor);
    assertTrue(lostExecutors > 0, "the driver never lost executor " + executor + ": " + driverLog);
    assertTrue(
        runningLost + resubmitted + mapTasksAgain > 0,
        "executor " + executor + " was lost but no task had to run again: " + driverLog);
    System.out.printf(
        Locale.ROOT,
        "ClusterIT: worker-%d killed %.1f s into compare, %d executor lost, %d running tasks"
            + " lost, %d finished map tasks resubmitted, %d map tasks of later stages run again,"
            + " findings.json identical, in %.0f s%n",
        worker,
        killedAt,
        lostExecutors,
        runningLost,
        resubmitted,
        mapTasksAgain,
        (System.nanoTime() - begun) / 1e9);
  }

  /**
   * Waits until a shuffle map stage of the compare has finished and another task starts; returns
   * the executor that task runs on. By then both executors hold shuffle output a later stage needs.
   */
  private static String awaitTaskAfterAMapStage(Process compare, Path driverLog, long start)
      throws Exception {
    int seen = 0;
    boolean mapStageFinished = false;
    while (true) {
      List<String> lines = Files.exists(driverLog) ? Files.readAllLines(driverLog) : List.of();
      for (String line : lines.subList(seen, lines.size())) {
        mapStageFinished |= MAP_STAGE_FINISHED.matcher(line).find();
        Matcher task = STARTING_TASK.matcher(line);
        if (mapStageFinished && task.find()) {
          return task.group(1);
        }
      }
      seen = lines.size();
      if (!compare.isAlive()) {
        fail(
            "compare ended before it finished a map stage on the cluster; "
                + CliJvm.tail(driverLog));
      }
      if (System.nanoTime() - start > RUN_TIMEOUT.toNanos()) {
        CliJvm.kill(compare);
        fail("compare finished no map stage in " + RUN_TIMEOUT + "; " + CliJvm.tail(driverLog));
      }
      Thread.sleep(20);
    }
  }

  /**
   * Map tasks run again after the executor was lost: tasks of map stages submitted after the loss
   * over an RDD whose map output had already been computed before it. (Without a loss Spark reuses
   * that output and submits no such stage.)
   */
  private static long mapTasksRunAgain(List<String> driver, String executor) {
    Set<String> computed = new HashSet<>();
    boolean lost = false;
    long again = 0;
    for (String line : driver) {
      lost |= line.contains("Lost executor " + executor + " ");
      Matcher submitted = MAP_TASKS_SUBMITTED.matcher(line);
      if (submitted.find()) {
        if (lost && computed.contains(submitted.group(2))) {
          again += Long.parseLong(submitted.group(1));
        } else if (!lost) {
          computed.add(submitted.group(2));
        }
      }
    }
    return again;
  }

  /** Which worker launched the executor, from the workers' logs. */
  private int workerOf(String executor) throws IOException {
    Pattern launched = Pattern.compile("Asked to launch executor \\S+/" + executor + " for ");
    for (int n = 1; n <= 2; n++) {
      if (cluster.workerLog(n).stream().anyMatch(l -> launched.matcher(l).find())) {
        return n;
      }
    }
    throw new AssertionError("no worker log says it launched executor " + executor);
  }

  /** Runs the CLI to its end on the cluster: its executors call back to the driver there. */
  private static void cli(String logName, Object... args) throws Exception {
    Path log = LOGS.resolve(logName);
    List<String> words = Stream.of(args).map(Object::toString).toList();
    int code = CliJvm.run(log, RUN_TIMEOUT, List.of("-Dspark.driver.host=127.0.0.1"), words);
    assertEquals(0, code, "stocktake " + String.join(" ", words) + " failed; " + CliJvm.tail(log));
  }

  private static long count(List<String> lines, String text) {
    return lines.stream().filter(l -> l.contains(text)).count();
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
