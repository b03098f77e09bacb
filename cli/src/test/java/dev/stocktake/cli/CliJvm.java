package dev.stocktake.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The stocktake command as users run it, for integration tests: a separate JVM started from
 * cli/target's jar, classpath.txt and jvm.options (written by `package`), its output in a log file.
 */
public final class CliJvm {
  /** cli/target: failsafe runs in the cli module's folder. */
  public static final Path TARGET = Path.of("target").toAbsolutePath();

  private CliJvm() {}

  /** Fails unless `package` has written what the JVM starts from. */
  public static void assertBuilt() {
    for (String built : List.of("stocktake-cli.jar", "classpath.txt", "jvm.options")) {
      assertTrue(
          Files.isRegularFile(TARGET.resolve(built)),
          "cli/target/" + built + " is missing: failsafe runs after `package`, which writes it");
    }
  }

  /**
   * Starts {@code stocktake ARGS...} with the extra JVM options, its stdout and stderr in {@code
   * log}. The key comes from the project's key file, whatever the environment says.
   */
  public static Process start(Path log, List<String> jvmOptions, List<String> args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("@" + TARGET.resolve("jvm.options"));
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(
        TARGET.resolve("stocktake-cli.jar")
            + File.pathSeparator
            + Files.readString(TARGET.resolve("classpath.txt")).strip());
    command.add("dev.stocktake.cli.Main");
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("STOCKTAKE_KEY");
    Files.createDirectories(log.getParent());
    return builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  /** Runs {@code stocktake ARGS...} to its end and returns its exit code. */
  public static int run(Path log, Duration timeout, List<String> jvmOptions, List<String> args)
      throws Exception {
    Process process = start(log, jvmOptions, args);
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      kill(process);
      fail(
          "stocktake " + String.join(" ", args) + " did not finish in " + timeout + "; see " + log);
    }
    return process.exitValue();
  }

  /**
   * Kills the process and everything it started with SIGKILL (what {@code destroyForcibly} sends on
   * Linux), as a power cut or the OOM killer would, and waits until it is gone.
   */
  public static void kill(ProcessHandle process) {
    // Children first (a worker's executor), so none is left running on its own.
    List<ProcessHandle> descendants = process.descendants().toList();
    descendants.forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    process.onExit().join();
    for (ProcessHandle child : descendants) {
      child.onExit().join();
    }
  }

  /** {@link #kill(ProcessHandle)} for a process this JVM started. */
  public static void kill(Process process) throws InterruptedException {
    kill(process.toHandle());
    process.waitFor();
  }

  /** The last lines of a log, for a failure message. */
  public static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log);
    List<String> last = lines.subList(Math.max(0, lines.size() - 40), lines.size());
    return "the end of " + log + ":\n" + String.join("\n", last);
  }
}
