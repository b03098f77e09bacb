package dev.stocktake.etl.ingest.internal;

import dev.stocktake.etl.EtlException;
import dev.stocktake.etl.ingest.ExportFormat;
import dev.stocktake.schema.project.Project;
import dev.stocktake.schema.project.RoundConfig;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * One response file of a round: {@code rounds/<round>/responses*.csv}, {@code .jsonl} or {@code
 * .json} (JSON lines), with the encoding stocktake.yaml declares for it.
 *
 * @param display the path as messages and quarantine.csv show it, relative to the project
 * @param uri where Spark reads it
 * @param delimiter the CSV field delimiter: a comma, or a semicolon where the export format reads
 *     it from the header line and finds one
 */
public record ResponseFile(
    String round,
    int version,
    String display,
    String uri,
    boolean json,
    String encoding,
    char delimiter)
    implements Serializable {

  /** The response files of every round of {@code project}, rounds in order, files by name. */
  public static List<ResponseFile> discover(Project project) {
    List<ResponseFile> files = new ArrayList<>();
    boolean detects = ExportFormat.of(project.config().format()).detectsDelimiter();
    for (RoundConfig round : project.config().rounds()) {
      Path folder = project.folder().resolve("rounds").resolve(round.id());
      List<Path> found;
      try (Stream<Path> listing = Files.isDirectory(folder) ? Files.list(folder) : Stream.empty()) {
        found =
            listing
                .filter(Files::isRegularFile)
                .filter(p -> isResponseFile(p.getFileName().toString()))
                .sorted()
                .toList();
      } catch (IOException e) {
        throw new EtlException("cannot list " + folder + ": " + e.getMessage(), e);
      }
      if (found.isEmpty()) {
        throw new EtlException(
            "round "
                + round.id()
                + " has no response files: expected "
                + project.folder().relativize(folder)
                + "/responses.csv (or responses*.csv, responses*.jsonl)");
      }
      for (Path p : found) {
        String name = p.getFileName().toString();
        boolean json = !name.toLowerCase(Locale.ROOT).endsWith(".csv");
        String encoding = project.config().encodingOf(round, name);
        files.add(
            new ResponseFile(
                round.id(),
                round.schema(),
                project.folder().relativize(p).toString().replace('\\', '/'),
                p.toAbsolutePath().toUri().toString(),
                json,
                encoding,
                json || !detects ? ',' : CsvDelimiter.detect(p, encoding)));
      }
    }
    return List.copyOf(files);
  }

  private static boolean isResponseFile(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.startsWith("responses")
        && (lower.endsWith(".csv") || lower.endsWith(".jsonl") || lower.endsWith(".json"));
  }
}
