package dev.stocktake.etl.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stocktake.etl.SharedSpark;
import dev.stocktake.etl.generate.ConsultationGenerator;
import dev.stocktake.etl.generate.GenerationProfile;
import dev.stocktake.schema.io.DocumentReader;
import dev.stocktake.schema.project.Project;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The same synthetic consultation (the example's schemas, 60 respondents in 2022, seed 7) written
 * as each survey tool exports it and ingested with only stocktake.yaml's {@code format:} and {@code
 * columns:} telling them apart: every format gives the native CSV's tidy answers, row for row, and
 * the same reconciliation.
 */
class ExportFormatEquivalenceTest {
  private static final Path EXAMPLE = Path.of("../examples/christchurch-call-consultation");
  private static final byte[] KEY =
      "equivalence-test-key-0123456789abc".getBytes(StandardCharsets.UTF_8);

  @TempDir static Path work;
  private static final Map<ExportFormat, List<String>> answers = new EnumMap<>(ExportFormat.class);
  private static final Map<ExportFormat, Reconciliation> reconciliations =
      new EnumMap<>(ExportFormat.class);

  @BeforeAll
  static void generateAndIngestEveryFormat() throws IOException {
    SparkSession spark = SharedSpark.session();
    GenerationProfile profile =
        new DocumentReader()
            .read(EXAMPLE.resolve("generator.yaml"), GenerationProfile.class)
            .value();
    for (ExportFormat format : ExportFormat.values()) {
      Path project = work.resolve(format.id());
      copyExampleSettings(project, format);
      Project loaded = Project.load(project);
      new ConsultationGenerator(loaded, profile, 7, format)
          .writeRounds(loaded.config().rounds(), 60, project, summary -> {});
      Path out = work.resolve(format.id() + "-out");
      reconciliations.put(
          format,
          Ingest.run(
              spark,
              Project.load(project),
              new Ingest.Options(out, Edition.COMMUNITY, new Pseudonymiser(KEY)),
              progress -> {}));
      answers.put(
          format,
          spark.read().parquet(out.resolve("answers").toString()).collectAsList().stream()
              .map(ExportFormatEquivalenceTest::line)
              .sorted()
              .toList());
    }
  }

  @Test
  void theNativeIngestIsTheReferenceFigures() {
    Reconciliation.Counts native_ = reconciliations.get(ExportFormat.STOCKTAKE).totals();
    assertEquals(110, native_.rowsRead());
    assertEquals(108, native_.accepted());
    assertEquals(0, native_.quarantined());
    assertEquals(2, native_.superseded());
    assertEquals(2987, native_.answersWritten());
    assertEquals(2987, answers.get(ExportFormat.STOCKTAKE).size());
  }

  @ParameterizedTest
  @EnumSource(
      value = ExportFormat.class,
      names = {"KOBO", "ODK", "LIMESURVEY"})
  void everyFormatGivesTheNativeAnswers(ExportFormat format) {
    List<String> expected = answers.get(ExportFormat.STOCKTAKE);
    List<String> actual = answers.get(format);
    assertEquals(expected.size(), actual.size(), format.id() + ": answers rows");
    List<String> differing = new ArrayList<>();
    for (int i = 0; i < expected.size() && differing.size() < 5; i++) {
      if (!expected.get(i).equals(actual.get(i))) {
        differing.add(expected.get(i) + "\n  vs " + actual.get(i));
      }
    }
    assertEquals(List.of(), differing, format.id() + ": first differing answers");
  }

  @ParameterizedTest
  @EnumSource(
      value = ExportFormat.class,
      names = {"KOBO", "ODK", "LIMESURVEY"})
  void everyFormatReconcilesLikeTheNative(ExportFormat format) {
    Reconciliation r = reconciliations.get(format);
    assertTrue(r.reconciled());
    assertEquals(reconciliations.get(ExportFormat.STOCKTAKE).totals(), r.totals());
  }

  /** Every column of an answers row, so that any difference shows. */
  private static String line(Row row) {
    List<String> fields = new ArrayList<>();
    for (int i = 0; i < row.size(); i++) {
      fields.add(row.schema().fieldNames()[i] + "=" + row.get(i));
    }
    return String.join(" | ", fields);
  }

  /**
   * The example's settings, frameworks, surveys, codebooks and translations (not its rounds), with
   * the format and columns a generated export of {@code format} needs.
   */
  private static void copyExampleSettings(Path to, ExportFormat format) throws IOException {
    try (Stream<Path> walk = Files.walk(EXAMPLE)) {
      for (Path p : walk.toList()) {
        Path relative = EXAMPLE.relativize(p);
        String first = relative.getNameCount() == 0 ? "" : relative.getName(0).toString();
        if (first.equals("rounds") || first.equals("out") || first.equals(".secrets")) {
          continue;
        }
        Path target = to.resolve(relative.toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    if (format != ExportFormat.STOCKTAKE) {
      String columns =
          ConsultationGenerator.projectColumns(format).entrySet().stream()
              .map(e -> "  \"" + e.getKey() + "\": " + e.getValue() + "\n")
              .collect(Collectors.joining());
      Path yaml = to.resolve("stocktake.yaml");
      Files.writeString(
          yaml, Files.readString(yaml) + "format: " + format.id() + "\ncolumns:\n" + columns);
    }
  }
}
