package dev.stocktake.etl.ingest.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stocktake.etl.SharedSpark;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.SparkException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Spark reads every fixture into as many rows as the scanner finds records, in the same order, so
 * the ingest may match Spark's row {@code k} with the scanner's record {@code k - 1} (row 0 being
 * the header). The other tests pin down what Spark does with broken input, as the scanner's rules
 * assume it.
 */
class RecordScannerAgreesWithSparkTest {

  private static final Set<String> QUOTE_PROBLEMS =
      Set.of(RecordProblem.STRAY_QUOTE, RecordProblem.UNTERMINATED_QUOTE);

  @TempDir Path dir;

  static List<ScanFixtures.Fixture> csvFixtures() {
    return ScanFixtures.all().stream()
        .filter(f -> f.format() == ScanFixtures.Format.CSV)
        .filter(f -> f != ScanFixtures.BOM_ONLY)
        .filter(f -> scan(f).problems().stream().noneMatch(p -> QUOTE_PROBLEMS.contains(p.code())))
        .toList();
  }

  static List<ScanFixtures.Fixture> jsonLinesFixtures() {
    return ScanFixtures.all().stream()
        .filter(f -> f.format() == ScanFixtures.Format.JSON_LINES)
        .filter(f -> f != ScanFixtures.JSONL_ARRAY)
        .toList();
  }

  @ParameterizedTest
  @MethodSource("csvFixtures")
  void sparkReadsTheHeaderAndEveryRecordAsRowsInOnePartition(ScanFixtures.Fixture fixture) {
    FileScan scan = scan(fixture);
    Dataset<Row> read = readCsv(fixture, scan);
    List<Row> rows = read.collectAsList();

    assertEquals((scan.header().isEmpty() ? 0 : 1) + scan.records(), rows.size());
    if (!scan.header().isEmpty()) {
      assertEquals(scan.header(), headerCells(rows.get(0)));
    }
    // Spark lists no partition at all for an empty file.
    assertEquals(scan.bytes() == 0 ? 0 : 1, read.rdd().getNumPartitions());

    Set<Long> flagged =
        scan.problems().stream().map(RecordProblem::record).collect(Collectors.toSet());
    for (int row = 1; row < rows.size(); row++) {
      long record = row - 1;
      boolean corrupt = corrupt(rows.get(row)) != null;
      if (corrupt) {
        assertTrue(
            flagged.contains(record), "Spark's row " + row + " is corrupt: " + rows.get(row));
      }
      boolean wrongCount =
          scan.problems().stream()
              .anyMatch(
                  p -> p.record() == record && p.code().equals(RecordProblem.WRONG_FIELD_COUNT));
      if (wrongCount) {
        assertTrue(corrupt, "record " + record + " has a wrong field count: " + rows.get(row));
      }
    }
  }

  @ParameterizedTest
  @MethodSource("jsonLinesFixtures")
  void sparkReadsEveryJsonLinesRecordAsARow(ScanFixtures.Fixture fixture) {
    FileScan scan = scan(fixture);
    assertEquals(scan.records(), readJsonLines(fixture).count());
  }

  @Test
  void aFewMegabytesAreOnePartitionWithMultiLineThoughTheyWouldBeSplitWithout() {
    StringBuilder text = new StringBuilder("id,note\n");
    for (int i = 0; text.length() < 3_000_000; i++) {
      text.append(i).append(",\"a note\nof two lines\"\n");
    }
    ScanFixtures.Fixture fixture = ScanFixtures.csv("three-megabytes", text.toString());
    FileScan scan = scan(fixture);
    SparkSession spark = SharedSpark.session();
    String before = spark.conf().get("spark.sql.files.maxPartitionBytes");
    spark.conf().set("spark.sql.files.maxPartitionBytes", "1m");
    try {
      Dataset<Row> multiLine = readCsv(fixture, scan);
      assertEquals(1, multiLine.rdd().getNumPartitions());
      assertEquals(1 + scan.records(), multiLine.count());
      Dataset<Row> lineByLine = spark.read().csv(write(fixture).toString());
      assertTrue(lineByLine.rdd().getNumPartitions() > 1);
    } finally {
      spark.conf().set("spark.sql.files.maxPartitionBytes", before);
    }
  }

  @Test
  void blankLinesAreSkippedButALineOfSpacesIsACorruptRow() {
    assertEquals(
        List.of("[id, name, null]", "[1, Ann, null]", "[2, Bob, null]"),
        strings(readCsv(ScanFixtures.BLANK_LINES_IN_THE_MIDDLE)));
    assertEquals(
        List.of("[id, name, null]", "[1, Ann, null]", "[  \t, null,   \t]", "[2, Bob, null]"),
        strings(readCsv(ScanFixtures.WHITESPACE_ONLY_LINE)));
  }

  @Test
  void tooManyAndTooFewFieldsAreBothCorrupt() {
    assertEquals(
        List.of("[id, name, null]", "[1, Ann, 1,Ann,extra]", "[2, Bob, null]"),
        strings(readCsv(ScanFixtures.MORE_FIELDS)));
    assertEquals(
        List.of("[id, name, age, null]", "[1, Ann, null, 1,Ann]", "[2, Bob, 40, null]"),
        strings(readCsv(ScanFixtures.FEWER_FIELDS)));
  }

  @Test
  void aLoneCrFileIsReadLikeAnLfFile() {
    assertEquals(
        List.of("[id, name, null]", "[1, Ann, null]", "[2, Bob, null]"),
        strings(readCsv(ScanFixtures.LONE_CR)));
  }

  @Test
  void aLineEndOfAnotherKindThanTheFirstIsReadAsPartOfAValue() {
    assertEquals(
        List.of("[id, name, null]", "[1, Ann\r2, 1,Ann\r2,Bob]", "[3, Cyd, null]"),
        strings(readCsv(ScanFixtures.LF_WITH_LONE_CR)));
    assertEquals(
        List.of("[id, name, null]", "[1, Ann\n2, 1,Ann\n2,Bob]", "[3, Cyd, null]"),
        strings(readCsv(ScanFixtures.CRLF_WITH_LONE_LF)));
    assertEquals(
        List.of("[id, name, null]", "[1, Ann\r, null]", "[2, Bob, null]"),
        strings(readCsv(ScanFixtures.LF_WITH_ONE_CRLF)));
    // The first line end is inside quotes, and it is an LF: every CRLF leaves a CR behind.
    assertEquals(
        List.of("[id\nnumber, name\r, null]", "[1, Ann\r, null]", "[2, Bob\r, null]"),
        strings(readCsv(ScanFixtures.FIRST_LINE_END_IN_QUOTES)));
  }

  @Test
  void aBomIsNotInTheFirstCell() {
    for (ScanFixtures.Fixture fixture :
        List.of(ScanFixtures.BOM, ScanFixtures.UTF16_WITH_BOM, ScanFixtures.UTF16LE_WITH_BOM)) {
      assertEquals(
          List.of("[id, name, null]", "[1, Ann, null]"), strings(readCsv(fixture)), fixture.name());
    }
  }

  @Test
  void aFileOfOnlyABomIsOneJunkRowToSpark() throws IOException {
    FileScan scan = ScanFixtures.BOM_ONLY.scan();
    assertEquals(List.of(), scan.header());
    assertEquals(0, scan.records());
    // univocity drops the BOM, then makes a record of its end-of-input marker, a NUL.
    List<Row> rows = readCsv(ScanFixtures.BOM_ONLY, scan).collectAsList();
    assertEquals(1, rows.size());
    assertEquals("\u0000", rows.get(0).getString(0));
  }

  @Test
  void undecodableBytesAreReplacedSilently() {
    assertEquals(
        List.of("[id, name, null]", "[1, Ren\uFFFD, null]", "[2, Bob, null]"),
        strings(readCsv(ScanFixtures.LATIN1_READ_AS_UTF8)));
  }

  @Test
  void anUnterminatedQuoteSwallowsTheRestOfTheFileIntoOneRowOftenSilently() throws IOException {
    FileScan scan = ScanFixtures.UNTERMINATED_QUOTE.scan();
    List<Row> rows = readCsv(ScanFixtures.UNTERMINATED_QUOTE, scan).collectAsList();
    assertEquals(1 + scan.records(), rows.size());
    assertEquals("open\n3,never\n", rows.get(2).getString(1));
    assertNull(corrupt(rows.get(2)));

    ScanFixtures.Fixture oneField =
        ScanFixtures.csv("unterminated-first-field", "id,note\n1,ok\n\"open,3\n4,5\n");
    FileScan oneFieldScan = scan(oneField);
    List<Row> oneFieldRows = readCsv(oneField, oneFieldScan).collectAsList();
    assertEquals(1 + oneFieldScan.records(), oneFieldRows.size());
    assertEquals("open,3\n4,5\n", oneFieldRows.get(2).getString(0));
    assertNotNull(corrupt(oneFieldRows.get(2)));
  }

  @Test
  void aStrayQuoteIsKeptInTheValueAndNotMarkedCorrupt() throws IOException {
    FileScan scan = ScanFixtures.STRAY_QUOTE.scan();
    assertEquals(
        List.of("[id, note, null]", "[1, \"closed\"then, null]", "[2, ok, null]"),
        strings(readCsv(ScanFixtures.STRAY_QUOTE)));
    assertEquals(2, scan.records());

    // After a stray quote the value runs to the next comma or line end, as the scanner reads it.
    ScanFixtures.Fixture acrossLines =
        ScanFixtures.csv("stray-quote-across-lines", "id,note\n\"x\ny\"z\nw\",2\n3,4\n");
    FileScan acrossLinesScan = scan(acrossLines);
    assertEquals(
        List.of(
            "[id, note, null]", "[\"x\ny\"z, null, \"x\ny\"z]", "[w\", 2, null]", "[3, 4, null]"),
        strings(readCsv(acrossLines)));
    assertEquals(3, acrossLinesScan.records());
  }

  @Test
  void moreThanSparksMaxColumnsFailsTheWholeRead() throws IOException {
    String wide = "x,".repeat(CsvRecordSplitter.SPARK_MAX_COLUMNS) + "x";
    ScanFixtures.Fixture fixture = ScanFixtures.csv("too-many-fields", "a,b\n" + wide + "\n1,2\n");
    FileScan scan = fixture.scan();
    assertEquals(RecordProblem.TOO_MANY_FIELDS, scan.problems().get(0).code());
    assertThrows(SparkException.class, () -> readCsv(fixture, scan).collectAsList());
  }

  @Test
  void jsonLinesOfJsonWhitespaceAreSkippedOtherLinesAreRows() {
    assertEquals(
        List.of("[1, null]", "[null, not json]", "[null, \f]", "[2, null]"),
        strings(readJsonLines(ScanFixtures.JSONL_NOT_JSON)));
    assertEquals(
        List.of("[1, null]", "[2, null]"), strings(readJsonLines(ScanFixtures.JSONL_BLANK_LINES)));
    assertEquals(
        List.of("[1, null]", "[null, {\"id\":\"Ren\uFFFD\"}]", "[3, null]"),
        strings(readJsonLines(ScanFixtures.JSONL_BAD_BYTES)));
  }

  @Test
  void aJsonArrayLineIsOneRowPerElementSoTheScannerFlagsIt() throws IOException {
    FileScan scan = ScanFixtures.JSONL_ARRAY.scan();
    assertEquals(4, scan.records());
    assertEquals(2, scan.problems().size());
    assertEquals(
        List.of("[1, null]", "[2, null]", "[3, null]", "[4, null]", "[5, null]"),
        strings(readJsonLines(ScanFixtures.JSONL_ARRAY)));
  }

  @Test
  void twoJsonObjectsOnOneLineAreOneRow() {
    ScanFixtures.Fixture fixture =
        ScanFixtures.jsonLines("two-objects", "{\"id\":\"1\"} {\"id\":\"2\"}\n{\"id\":\"3\"}\n");
    assertEquals(List.of("[1, null]", "[3, null]"), strings(readJsonLines(fixture)));
  }

  private static FileScan scan(ScanFixtures.Fixture fixture) {
    try {
      return fixture.scan();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path write(ScanFixtures.Fixture fixture) {
    try {
      Path file = dir.resolve(fixture.fileName());
      Files.write(file, fixture.bytes());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Dataset<Row> readCsv(ScanFixtures.Fixture fixture) {
    return readCsv(fixture, scan(fixture));
  }

  /** Reads the way the ingest does: N string columns for the header's N fields, and _corrupt. */
  private Dataset<Row> readCsv(ScanFixtures.Fixture fixture, FileScan scan) {
    StructType schema = new StructType();
    for (int i = 0; i < Math.max(1, scan.header().size()); i++) {
      schema = schema.add("c" + i, DataTypes.StringType);
    }
    schema = schema.add("_corrupt", DataTypes.StringType);
    return SharedSpark.session()
        .read()
        .schema(schema)
        .option("header", "false")
        .option("multiLine", "true")
        .option("escape", "\"")
        .option("mode", "PERMISSIVE")
        .option("encoding", fixture.charset().name())
        .option("columnNameOfCorruptRecord", "_corrupt")
        .csv(write(fixture).toString());
  }

  private Dataset<Row> readJsonLines(ScanFixtures.Fixture fixture) {
    assertEquals(StandardCharsets.UTF_8, fixture.charset());
    StructType schema =
        new StructType().add("id", DataTypes.StringType).add("_corrupt", DataTypes.StringType);
    return SharedSpark.session()
        .read()
        .schema(schema)
        .option("columnNameOfCorruptRecord", "_corrupt")
        .json(write(fixture).toString());
  }

  /** Row 0 as header names: Spark reads an empty name as null. */
  private static List<String> headerCells(Row row) {
    return java.util.stream.IntStream.range(0, row.length() - 1)
        .mapToObj(i -> row.isNullAt(i) ? "" : row.getString(i))
        .toList();
  }

  private static String corrupt(Row row) {
    return row.getAs("_corrupt");
  }

  private static List<String> strings(Dataset<Row> read) {
    return read.collectAsList().stream().map(row -> Arrays.toString(toArray(row))).toList();
  }

  private static Object[] toArray(Row row) {
    Object[] values = new Object[row.length()];
    for (int i = 0; i < values.length; i++) {
      values[i] = row.get(i);
    }
    return values;
  }
}
