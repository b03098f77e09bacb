package dev.stocktake.etl.ingest.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RecordLinesTest {

  @Test
  void oneLineRecordsNeedOneBreakpoint() throws IOException {
    StringBuilder file = new StringBuilder("id\n");
    for (int i = 0; i < 100_000; i++) {
      file.append(i).append('\n');
    }
    FileScan scan =
        RecordScanner.scanCsv(
            "many",
            new ByteArrayInputStream(file.toString().getBytes(StandardCharsets.UTF_8)),
            StandardCharsets.UTF_8);
    assertEquals(100_000, scan.records());
    assertEquals(1, scan.lines().breakpoints());
    assertEquals(2, scan.lines().lineOf(0));
    assertEquals(100_001, scan.lines().lineOf(99_999));
  }

  @Test
  void aBreakpointAfterEveryShift() {
    RecordLines.Builder builder = new RecordLines.Builder();
    long[] firstLines = {2, 3, 6, 7, 8, 12, 13};
    for (long line : firstLines) {
      builder.add(line);
    }
    RecordLines lines = builder.build();
    assertEquals(3, lines.breakpoints());
    for (int record = 0; record < firstLines.length; record++) {
      assertEquals(firstLines[record], lines.lineOf(record), "record " + record);
    }
  }

  @Test
  void aRecordOutsideTheFileIsAnError() {
    RecordLines.Builder builder = new RecordLines.Builder();
    builder.add(2);
    RecordLines lines = builder.build();
    IndexOutOfBoundsException error =
        assertThrows(IndexOutOfBoundsException.class, () -> lines.lineOf(1));
    assertEquals("record 1 is not in the file, which has 1 data records", error.getMessage());
    assertThrows(IndexOutOfBoundsException.class, () -> lines.lineOf(-1));
  }
}
