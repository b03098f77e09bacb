package dev.stocktake.cli.cluster;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A standalone cluster of scripts/local-cluster.sh (a master and two single-core workers on
 * 127.0.0.1) with its state, pid files and logs in a folder of the test's own, apart from a
 * developer's local cluster.
 */
final class LocalCluster implements AutoCloseable {
  private static final Path SCRIPT =
      Path.of("").toAbsolutePath().resolveSibling("scripts").resolve("local-cluster.sh");
  private static final Duration TIMEOUT = Duration.ofMinutes(2);
  private static final int TIMED_OUT = -1;
  private static final int DAEMON_LOG_TAIL = 30;

  private final Path dir;
  private final String masterUrl;

  private LocalCluster(Path dir, String masterUrl) {
    this.dir = dir;
    this.masterUrl = masterUrl;
  }

  /**
   * Starts the cluster; its state goes to {@code dir}, the script's stdout (the master URL) to
   * dir/../start.out and its stderr to dir/../start.log. When the start fails, the message holds
   * the script's stderr and the end of every daemon's log, so that a CI log says why.
   */
  static LocalCluster start(Path dir) throws Exception {
    Path out = dir.resolveSibling("start.out");
    Path err = dir.resolveSibling("start.log");
    int code = script(dir, out, err, "start");
    if (code != 0) {
      // Read before stopping: stop keeps the logs but this is what the failed start left.
      String why = startFailure(dir, code, err);
      stopQuietly(dir);
      fail(why);
    }
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    String url = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    if (!url.startsWith("spark://127.0.0.1:")) {
      stopQuietly(dir);
      fail(
          "local-cluster.sh start printed no master URL but "
              + lines
              + "; its stderr:\n"
              + read(err));
    }
    return new LocalCluster(dir, url);
  }

  static boolean bashAvailable() {
    try {
      return new ProcessBuilder("bash", "-c", "true").start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  String masterUrl() {
    return masterUrl;
  }

  /** The JVM of worker {@code n} (1 or 2), from the pid file the script writes. */
  ProcessHandle worker(int n) throws IOException {
    long pid = Long.parseLong(Files.readString(dir.resolve("worker-" + n + ".pid")).strip());
    return ProcessHandle.of(pid)
        .orElseThrow(() -> new AssertionError("worker-" + n + " (pid " + pid + ") is not running"));
  }

  /** What worker {@code n} logged: among it, which executors it launched. */
  List<String> workerLog(int n) throws IOException {
    return Files.readAllLines(dir.resolve("logs").resolve("worker-" + n + ".log"));
  }

  @Override
  public void close() throws Exception {
    int code = stop(dir);
    assertTrue(code == 0, "local-cluster.sh stop " + ended(code) + "; see " + stopLog(dir));
  }

  /**
   * What a failed start says: how the script ended, its stderr, and the end of each daemon log
   * (master.log, worker-N.log), an empty or missing one said so, since that too tells why.
   */
  private static String startFailure(Path dir, int code, Path err) throws IOException {
    StringBuilder why = new StringBuilder("local-cluster.sh start ").append(ended(code));
    why.append(" (cluster folder ")
        .append(dir)
        .append(")\nits stderr (")
        .append(err)
        .append("):\n");
    why.append(read(err));
    Path logs = dir.resolve("logs");
    List<Path> daemonLogs = List.of();
    if (Files.isDirectory(logs)) {
      try (Stream<Path> files = Files.list(logs)) {
        daemonLogs = files.filter(f -> f.toString().endsWith(".log")).sorted().toList();
      }
    }
    if (daemonLogs.isEmpty()) {
      why.append("\nno daemon log in ").append(logs);
    }
    for (Path log : daemonLogs) {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      if (lines.isEmpty()) {
        why.append("\n").append(log).append(" is empty");
        continue;
      }
      List<String> last = lines.subList(Math.max(0, lines.size() - DAEMON_LOG_TAIL), lines.size());
      why.append("\nthe last ").append(last.size()).append(" of ").append(lines.size());
      why.append(" lines of ").append(log).append(":\n").append(String.join("\n", last));
    }
    return why.toString();
  }

  private static String ended(int code) {
    return code == TIMED_OUT
        ? "did not finish in " + TIMEOUT + " and was killed"
        : "exited with " + code;
  }

  /** Stops what a failed start may have left, without hiding why the start failed. */
  private static void stopQuietly(Path dir) {
    try {
      stop(dir);
    } catch (Exception e) {
      // The start's failure is the one to report; the stop's output is in stop.log.
    }
  }

  private static int stop(Path dir) throws Exception {
    return script(dir, stopLog(dir), stopLog(dir), "stop");
  }

  private static Path stopLog(Path dir) {
    return dir.resolveSibling("stop.log");
  }

  private static String read(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : "";
  }

  /**
   * Runs local-cluster.sh with the state in {@code dir}; returns its exit code, or {@link
   * #TIMED_OUT} after killing it and what it started when it did not finish in {@link #TIMEOUT}.
   */
  private static int script(Path dir, Path out, Path err, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("STOCKTAKE_CLUSTER_DIR", dir.toString());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Files.createDirectories(out.getParent());
    if (out.equals(err)) {
      builder.redirectErrorStream(true);
    } else {
      builder.redirectError(err.toFile());
    }
    Process process = builder.redirectOutput(out.toFile()).start();
    if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly().waitFor();
      return TIMED_OUT;
    }
    return process.exitValue();
  }
}
