package dev.stocktake.etl.ingest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimestampsTest {
  @Test
  void readsIsoDateTimesWithAndWithoutOffsets() {
    Instant utc = Instant.parse("2022-11-01T19:43:20Z");
    assertEquals(utc, Timestamps.parse("2022-11-01T19:43:20Z"));
    assertEquals(utc, Timestamps.parse("2022-11-02T08:43:20+13:00"));
    assertEquals(utc, Timestamps.parse("2022-11-01T19:43:20"));
    assertEquals(utc, Timestamps.parse("2022-11-01 19:43:20"));
    assertEquals(
        Instant.parse("2022-11-01T19:43:20.125Z"), Timestamps.parse("2022-11-01T19:43:20.125Z"));
    assertEquals(Instant.parse("2022-11-01T19:43:00Z"), Timestamps.parse("2022-11-01T19:43"));
  }

  @Test
  void refusesAmbiguousAndImpossibleDates() {
    for (String text :
        new String[] {
          "01/11/2022 19:43",
          "11/01/2022",
          "1 Nov 2022",
          "2022-11-01",
          "2022-13-01T00:00:00Z",
          "2022-02-30T10:00:00",
          "2022-11-01T25:00:00Z",
          "",
          "yesterday"
        }) {
      assertNull(Timestamps.parse(text), text);
    }
  }
}
