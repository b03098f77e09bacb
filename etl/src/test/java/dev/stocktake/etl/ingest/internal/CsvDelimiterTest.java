package dev.stocktake.etl.ingest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The field delimiter of an export is read from its header line, outside quotes. */
class CsvDelimiterTest {
  private static char of(String text) {
    return CsvDelimiter.detect(text.getBytes(StandardCharsets.UTF_8), "UTF-8");
  }

  @Test
  void semicolonsWinOnlyWhenTheHeaderHasMoreOfThem() {
    assertEquals(';', of("\"start\";\"end\";\"_uuid\"\n\"a,b,c,d\";\"x\";\"y\"\n"));
    assertEquals(',', of("respondent_id,group,notes;more\n"));
    assertEquals(',', of("\"a;b;c\",d\n"));
    assertEquals(',', of("only_one_column\n"));
    assertEquals(',', of(""));
  }

  @Test
  void theFirstLineAloneDecides() {
    assertEquals(',', of("a,b\r\nc;d;e;f\r\n"));
  }

  @Test
  void utf16IsDecodedFirst() {
    byte[] bytes = "a;b;c\n".getBytes(StandardCharsets.UTF_16LE);
    assertEquals(';', CsvDelimiter.detect(bytes, "UTF-16LE"));
  }
}
