package dev.stocktake.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.stocktake.cli.CliJvm;
import dev.stocktake.cli.ExampleRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stage killed with SIGKILL while it writes its outputs leaves the previous outputs of the folder
 * exactly as they were, byte for byte, and running the stage again gives the outputs of an
 * uninterrupted run (a copy of {@link ExampleRun}'s, the folder the stages are killed in): the same
 * bytes, but for Parquet files, which hold the same rows (their footers differ from one JVM to the
 * next, see {@link #digests}). Each stage runs as its own JVM, as users run it; it is killed as
 * soon as files appear in its staging folder ({@code OUT/.<stage>-staging}, see {@code
 * OutputFolder}), that is while it writes. The commit that follows the write (a journal, then
 * renames) is covered by {@code OutputFolderTest} in etl, which interrupts it at each step. Logs
 * stay in target/kill-during-write-it/.
 */
@Tag("reliability")
class KillDuringWriteIT {
  private static final Path LOGS = CliJvm.TARGET.resolve("kill-during-write-it");
  private static final Duration RUN_TIMEOUT = Duration.ofMinutes(10);
  private static final List<String> STAGES = List.of("ingest", "compare", "report");
  // Spark names part files after the job that wrote them; the name says nothing of the contents.
  private static final String JOB_ID =
      "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  @TempDir Path temp;

  @Test
  void aStageKilledWhileWritingLeavesThePreviousOutputsAndARerunMakesTheSameOutputs()
      throws Exception {
    ExampleRun reference = ExampleRun.get();
    long begun = System.nanoTime();
    Path project = reference.project();
    Path out = reference.copyOutputs(temp.resolve("out"));
    Map<String, String> complete = digests(out, false);
    assertTrue(complete.size() > 300, "outputs of the first run: " + complete.keySet());

    List<String> kills = new ArrayList<>();
    for (String stage : STAGES) {
      Path staging = out.resolve("." + stage + "-staging");
      Path log = LOGS.resolve(stage + "-killed.log");
      Map<String, String> before = digests(out, true);
      long start = System.nanoTime();
      Process process = CliJvm.start(log, List.of(), arguments(stage, project, out));
      // Poll fast: the report writes its few hundred files in well under a second.
      while (stagedFiles(staging) == 0) {
        if (!process.isAlive()) {
          fail(
              stage
                  + " ended (exit code "
                  + process.exitValue()
                  + ") before anything was staged; "
                  + CliJvm.tail(log));
        }
        if (System.nanoTime() - start > RUN_TIMEOUT.toNanos()) {
          CliJvm.kill(process);
          fail(stage + " staged nothing in " + RUN_TIMEOUT + "; " + CliJvm.tail(log));
        }
        Thread.sleep(2);
      }
      CliJvm.kill(process);
      double killedAt = (System.nanoTime() - start) / 1e9;
      long staged = stagedFiles(staging);
      assertEquals(137, process.exitValue(), stage + " was not killed by SIGKILL");
      assertTrue(staged > 0, stage + ": the staging folder emptied after the kill");
      assertEquals(
          before,
          digests(out, true),
          stage + " killed while writing changed the outputs of the previous run");

      run(project, out, stage);
      assertEquals(
          complete, digests(out, false), stage + " run again after a kill gave different outputs");
      try (Stream<Path> entries = Files.list(out)) {
        List<String> bookkeeping =
            entries
                .map(p -> p.getFileName().toString())
                .filter(name -> name.startsWith("."))
                .toList();
        assertEquals(List.of(), bookkeeping, "staging or journal left after " + stage);
      }
      kills.add(
          String.format(Locale.ROOT, "%s at %.1f s with %d staged files", stage, killedAt, staged));
    }
    System.out.printf(
        Locale.ROOT,
        "KillDuringWriteIT: %d stages killed mid-write (%s), previous outputs intact, reruns"
            + " identical (%d files, Parquet by rows) in %.0f s%n",
        kills.size(),
        String.join(", ", kills),
        complete.size(),
        (System.nanoTime() - begun) / 1e9);
  }

  private static void run(Path project, Path out, String stage) throws Exception {
    Path log = LOGS.resolve(stage + ".log");
    int code = CliJvm.run(log, RUN_TIMEOUT, List.of(), arguments(stage, project, out));
    assertEquals(0, code, "stocktake " + stage + " failed; " + CliJvm.tail(log));
  }

  /** A stage on the reference's master, so that it writes the reference's part files. */
  private static List<String> arguments(String stage, Path project, Path out) {
    return List.of(
        stage, project.toString(), "--master", ExampleRun.MASTER, "--out", out.toString());
  }

  /** Regular files under the staging folder, 0 while it is missing or being created. */
  private static long stagedFiles(Path staging) {
    try (Stream<Path> files = Files.walk(staging)) {
      return files.filter(Files::isRegularFile).count();
    } catch (IOException | UncheckedIOException e) {
      // Not there yet, or Spark renamed a file while we walked: look again.
      return 0;
    }
  }

  /**
   * SHA-256 of every file of the outputs by path, Spark's job ids taken out of part file names. The
   * stages' own entries at the top (staging folders, journals) start with a dot and are not
   * outputs.
   *
   * @param exact the bytes of every file; else Parquet files by their schema and rows, and their
   *     Hadoop checksum files only by name. (parquet-java lists each column's encodings in the
   *     footer in hash order, which differs from one JVM to the next; the checksum files follow.)
   */
  private static Map<String, String> digests(Path out, boolean exact) throws Exception {
    Map<String, String> digests = new TreeMap<>();
    try (Stream<Path> files = Files.walk(out)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path relative = out.relativize(file);
        if (relative.getName(0).toString().startsWith(".")) {
          continue;
        }
        String name = relative.toString().replaceAll(JOB_ID, "<job>");
        byte[] content =
            exact
                ? Files.readAllBytes(file)
                : name.endsWith(".parquet")
                    ? parquetRows(file).getBytes(StandardCharsets.UTF_8)
                    : name.endsWith(".parquet.crc") ? new byte[0] : Files.readAllBytes(file);
        String digest =
            HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        String before = digests.put(name, digest);
        assertEquals(null, before, "two outputs named " + name + " but for the job id");
      }
    }
    return digests;
  }

  /** A Parquet file's schema, key-value metadata (Spark's schema) and rows, in file order. */
  private static String parquetRows(Path file) throws IOException {
    StringBuilder text = new StringBuilder();
    try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
      MessageType schema = reader.getFooter().getFileMetaData().getSchema();
      text.append(schema).append(reader.getFooter().getFileMetaData().getKeyValueMetaData());
      PageReadStore rowGroup;
      while ((rowGroup = reader.readNextRowGroup()) != null) {
        RecordReader<Group> rows =
            new ColumnIOFactory()
                .getColumnIO(schema)
                .getRecordReader(rowGroup, new GroupRecordConverter(schema));
        for (long i = 0; i < rowGroup.getRowCount(); i++) {
          text.append('\n').append(rows.read());
        }
      }
    }
    return text.toString();
  }
}
