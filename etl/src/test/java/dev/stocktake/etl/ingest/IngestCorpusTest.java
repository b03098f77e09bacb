package dev.stocktake.etl.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opencsv.CSVReader;
import dev.stocktake.etl.SharedSpark;
import dev.stocktake.schema.project.Project;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays the bad-input corpus: each folder under {@code ingest/corpus/} holds response files for
 * the one round of {@code ingest/project/} (and optionally its own stocktake.yaml and roster.csv)
 * and an {@code expected.properties} with the counts and reason codes the ingest must report.
 * Adding a case is adding a folder. Whatever the input, nothing may be lost: rows read = accepted +
 * quarantined + superseded.
 */
class IngestCorpusTest {
  static final Path CORPUS = Path.of("src/test/resources/ingest/corpus");
  static final Path PROJECT = Path.of("src/test/resources/ingest/project");
  static final byte[] KEY = "corpus-test-key-0123456789abcdef".getBytes(StandardCharsets.UTF_8);

  @TempDir Path work;

  static Stream<String> cases() throws IOException {
    try (Stream<Path> folders = Files.list(CORPUS)) {
      return folders.map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyRowIsAccountedForWithItsReason(String name) throws Exception {
    Path caseFolder = CORPUS.resolve(name);
    Path project = work.resolve("project");
    copyTree(PROJECT, project);
    Path round = Files.createDirectories(project.resolve("rounds/2023"));
    try (Stream<Path> files = Files.list(caseFolder)) {
      for (Path f : files.toList()) {
        String file = f.getFileName().toString();
        if (file.equals("stocktake.yaml")) {
          Files.copy(f, project.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        } else if (!file.equals("expected.properties")) {
          Files.copy(f, round.resolve(file));
        }
      }
    }
    Properties expected = new Properties();
    try (Reader in = Files.newBufferedReader(caseFolder.resolve("expected.properties"))) {
      expected.load(in);
    }

    Path out = work.resolve("out");
    Reconciliation r =
        Ingest.run(
            SharedSpark.session(),
            Project.load(project),
            new Ingest.Options(out, Edition.COMMUNITY, new Pseudonymiser(KEY)),
            progress -> {});

    Reconciliation.Counts counts = r.totals();
    assertTrue(r.reconciled(), "reconciled: " + counts);
    assertEquals(counts.rowsRead(), counts.accepted() + counts.quarantined() + counts.superseded());
    assertEquals(number(expected, "rows_read"), counts.rowsRead(), "rows read");
    assertEquals(number(expected, "accepted"), counts.accepted(), "accepted");
    assertEquals(number(expected, "quarantined"), counts.quarantined(), "quarantined");
    assertEquals(number(expected, "superseded"), counts.superseded(), "superseded");
    if (expected.containsKey("answers")) {
      assertEquals(number(expected, "answers"), counts.answersWritten(), "answers written");
    }

    List<String[]> quarantine = readCsv(out.resolve("quarantine.csv"));
    Set<String> reasons = new TreeSet<>();
    for (String[] row : quarantine) {
      reasons.add(row[5]);
      assertTrue(row[1].startsWith("rounds/2023/"), "file named: " + Arrays.toString(row));
    }
    Set<String> wanted = new TreeSet<>(list(expected, "reasons"));
    assertEquals(wanted, reasons, "reason codes in quarantine.csv");
    long rowRecords = quarantine.stream().filter(row -> isRowReason(row[5])).count();
    assertEquals(
        counts.quarantined() + counts.superseded(), rowRecords, "one record per set-aside row");
    for (String key : expected.stringPropertyNames()) {
      if (key.startsWith("raw.")) {
        String reason = key.substring(4);
        String raw = expected.getProperty(key);
        assertTrue(
            quarantine.stream().anyMatch(row -> row[5].equals(reason) && row[7].equals(raw)),
            "quarantine has " + reason + " with raw value " + raw);
      }
    }
    for (String line : list(expected, "lines")) {
      assertTrue(
          quarantine.stream().anyMatch(row -> (row[5] + "@" + row[2]).equals(line)),
          "quarantine has "
              + line
              + ": "
              + quarantine.stream().map(row -> row[5] + "@" + row[2]).toList());
    }
  }

  private static boolean isRowReason(String code) {
    return Reason.ofCode(code).level() == Reason.Level.ROW;
  }

  private static long number(Properties p, String key) {
    return Long.parseLong(p.getProperty(key, "0").strip());
  }

  private static List<String> list(Properties p, String key) {
    String value = p.getProperty(key, "").strip();
    return value.isEmpty() ? List.of() : Arrays.asList(value.split("\\s*,\\s*"));
  }

  static List<String[]> readCsv(Path file) throws Exception {
    try (CSVReader reader = new CSVReader(Files.newBufferedReader(file))) {
      List<String[]> rows = new ArrayList<>(reader.readAll());
      rows.remove(0);
      return rows;
    }
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
