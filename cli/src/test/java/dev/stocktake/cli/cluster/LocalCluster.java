package dev.stocktake.cli.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/**
 * A standalone cluster of scripts/local-cluster.sh (a master and two single-core workers on
 * 127.0.0.1) with its state, pid files and logs in a folder of the test's own, apart from a
 * developer's local cluster.
 */
final class LocalCluster implements AutoCloseable {
  private static final Path SCRIPT =
      Path.of("").toAbsolutePath().resolveSibling("scripts").resolve("local-cluster.sh");
  private static final Duration TIMEOUT = Duration.ofMinutes(2);

  private final Path dir;
  private final String masterUrl;

  private LocalCluster(Path dir, String masterUrl) {
    this.dir = dir;
    this.masterUrl = masterUrl;
  }

  /** Starts the cluster; its state goes to {@code dir}, the script's output to dir/../start.log. */
  static LocalCluster start(Path dir) throws Exception {
    Path log = dir.resolveSibling("start.log");
    int code = script(dir, log, "start");
    List<String> out = Files.readAllLines(log, StandardCharsets.UTF_8);
    if (code != 0) {
      script(dir, dir.resolveSibling("stop.log"), "stop");
    }
    assertEquals(0, code, "local-cluster.sh start failed:\n" + String.join("\n", out));
    String url = out.get(out.size() - 1);
    assertTrue(url.startsWith("spark://127.0.0.1:"), "no master URL: " + out);
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
    script(dir, dir.resolveSibling("stop.log"), "stop");
  }

  private static int script(Path dir, Path log, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("STOCKTAKE_CLUSTER_DIR", dir.toString());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Files.createDirectories(log.getParent());
    Process process = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly().waitFor();
      fail(String.join(" ", command) + " did not finish in " + TIMEOUT + "; see " + log);
    }
    return process.exitValue();
  }
}
