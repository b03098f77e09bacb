package dev.stocktake.etl.ingest.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A semicolon-separated export is scanned as its own delimiter says, commas being plain text. */
class RecordScannerDelimiterTest {

  @Test
  void semicolonsSeparateFieldsAndCommasAreText() throws Exception {
    String text = "\"a\";\"b, c\"\n\"x;y\";z,w\n1;2;3\n";
    FileScan scan =
        RecordScanner.scanCsv(
            "kobo.csv",
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
            StandardCharsets.UTF_8,
            ';');

    assertEquals(List.of("a", "b, c"), scan.header());
    assertEquals(2, scan.records());
    assertEquals(1, scan.problems().size());
    assertEquals(RecordProblem.WRONG_FIELD_COUNT, scan.problems().get(0).code());
    assertEquals(1, scan.problems().get(0).record());
  }
}
