package dev.stocktake.etl.ingest.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class RecordScannerJsonLinesTest {

  private static List<Long> linesOf(FileScan scan) {
    return LongStream.range(0, scan.records()).map(scan.lines()::lineOf).boxed().toList();
  }

  @Test
  void everyLineIsARecordAndThereIsNoHeader() throws IOException {
    FileScan scan = ScanFixtures.JSONL.scan();
    assertEquals(List.of(), scan.header());
    assertEquals(2, scan.records());
    assertEquals(List.of(1L, 2L), linesOf(scan));
    assertEquals("LF", scan.lineEndings());
    assertEquals(List.of(), scan.problems());
  }

  @Test
  void linesOfNothingButSpacesAndTabsAreBlank() throws IOException {
    FileScan scan = ScanFixtures.JSONL_BLANK_LINES.scan();
    assertEquals(2, scan.records());
    assertEquals(4, scan.blankLines());
    assertEquals(6, scan.physicalLines());
    assertEquals(List.of(2L, 5L), linesOf(scan));
  }

  @Test
  void aLastLineOfSpacesIsBlank() throws IOException {
    FileScan scan = ScanFixtures.JSONL_TRAILING_SPACES.scan();
    assertEquals(1, scan.records());
    assertEquals(1, scan.blankLines());
    assertEquals(2, scan.physicalLines());
  }

  @Test
  void anyOtherLineIsARecordEvenIfItIsNotJson() throws IOException {
    FileScan scan = ScanFixtures.JSONL_NOT_JSON.scan();
    assertEquals(4, scan.records());
    assertEquals(List.of(), scan.problems());
  }

  @Test
  void badBytesAreReported() throws IOException {
    FileScan scan = ScanFixtures.JSONL_BAD_BYTES.scan();
    assertEquals(3, scan.records());
    assertEquals(
        List.of(
            new RecordProblem(
                1,
                2,
                RecordProblem.UNDECODABLE_BYTES,
                "byte 0xE9 is not valid UTF-8 (line 2)",
                "{\"id\":\"Ren\\xE9\"}",
                false)),
        scan.problems());
  }

  @Test
  void lfCrlfAndALoneCrAllEndLines() throws IOException {
    FileScan scan = ScanFixtures.JSONL_MIXED_LINE_ENDS.scan();
    assertEquals("mixed", scan.lineEndings());
    assertEquals(3, scan.records());
    assertEquals(List.of(1L, 2L, 3L), linesOf(scan));
    assertEquals(List.of(), scan.problems());
  }

  @Test
  void aBomIsDropped() throws IOException {
    FileScan scan = ScanFixtures.JSONL_BOM.scan();
    assertTrue(scan.bom());
    assertEquals(2, scan.records());
    assertEquals(2, scan.physicalLines());
  }

  @Test
  void arrayLinesAreFlaggedBecauseSparkExpandsThem() throws IOException {
    FileScan scan = ScanFixtures.JSONL_ARRAY.scan();
    assertEquals(4, scan.records());
    assertEquals(
        List.of(
            new RecordProblem(
                1,
                2,
                RecordProblem.JSON_ARRAY,
                "line 2 is a JSON array, not an object; Spark makes one row per element (none for"
                    + " []), so the rows after it no longer match lines by position",
                "[{\"id\":\"2\"},{\"id\":\"3\"},{\"id\":\"4\"}]",
                false),
            new RecordProblem(
                2,
                3,
                RecordProblem.JSON_ARRAY,
                "line 3 is a JSON array, not an object; Spark makes one row per element (none for"
                    + " []), so the rows after it no longer match lines by position",
                "[]",
                false)),
        scan.problems());
  }

  @Test
  void anEmptyFile() throws IOException {
    FileScan scan = ScanFixtures.jsonLines("empty", "").scan();
    assertEquals(0, scan.records());
    assertEquals(0, scan.physicalLines());
    assertEquals(0, scan.blankLines());
  }
}
