package dev.stocktake.cli.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.stocktake.cli.CliJvm;
import dev.stocktake.cli.ExampleCopy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stocktake compare} on the standalone cluster of scripts/local-cluster.sh survives losing a
 * worker: one worker and its executor are killed with SIGKILL while the compare runs tasks on that
 * executor, and the compare still ends well with findings.json byte for byte those of a local[2]
 * run. Without an external shuffle service the shuffle output held by the lost executor is gone
 * too, so Spark has to run those tasks again on the other worker. (A lost worker makes Spark drop
 * the map output of its whole host, here 127.0.0.1, so the surviving executor's is recomputed as
 * well.) The driver logs at INFO (with --verbose) so the test can see that the executor really was
 * lost. Logs stay in target/worker-lost-it/.
 */
@Tag("reliability")
@TestInstance(Lifecycle.PER_CLASS)
class WorkerLostIT {
  private static final Path LOGS = CliJvm.TARGET.resolve("worker-lost-it");
  private static final Duration RUN_TIMEOUT = Duration.ofMinutes(10);
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

  @BeforeAll
  void startCluster() throws Exception {
    Assumptions.assumeTrue(
        LocalCluster.bashAvailable(),
        "WorkerLostIT skipped: it needs bash to run scripts/local-cluster.sh");
    CliJvm.assertBuilt();
    cluster = LocalCluster.start(LOGS.resolve("cluster"));
  }

  @AfterAll
  void stopCluster() throws Exception {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void aCompareThatLosesAWorkerFindsWhatALocalRunFinds() throws Exception {
    long begun = System.nanoTime();
    Path project = ExampleCopy.in(temp, true);
    Path local = temp.resolve("out-local");
    Path onCluster = temp.resolve("out-cluster");
    // Both compares read the same ingested answers: the ingest is not what is tested here.
    cli("ingest.log", "ingest", project, "--master", "local[2]", "--out", local);
    copyTree(local, onCluster);
    cli("compare-local.log", "compare", project, "--master", "local[2]", "--out", local);

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
                project.toString(),
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
    assertSameBytes(local.resolve("findings.json"), onCluster.resolve("findings.json"));

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
        "WorkerLostIT: worker-%d killed %.1f s into compare, %d executor lost, %d running tasks"
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

  private static void cli(String logName, Object... args) throws Exception {
    Path log = LOGS.resolve(logName);
    List<String> words = Stream.of(args).map(Object::toString).toList();
    int code = CliJvm.run(log, RUN_TIMEOUT, List.of(), words);
    assertEquals(0, code, "stocktake " + String.join(" ", words) + " failed; " + CliJvm.tail(log));
  }

  private static long count(List<String> lines, String text) {
    return lines.stream().filter(l -> l.contains(text)).count();
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

  private static void assertSameBytes(Path expected, Path actual) throws IOException {
    long at = Files.mismatch(expected, actual);
    assertEquals(-1, at, actual + " differs from the local run's " + expected + " at byte " + at);
  }
}
