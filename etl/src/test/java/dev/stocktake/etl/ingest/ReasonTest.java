package dev.stocktake.etl.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReasonTest {
  @Test
  void everyReasonIsDocumentedWithItsLevel() throws Exception {
    String doc = Files.readString(Path.of("../docs/ingest.md"));
    for (Reason reason : Reason.values()) {
      String level =
          switch (reason.level()) {
            case ROW -> "the row";
            case ANSWER -> "the answer";
            case FILE -> "a column";
          };
      assertTrue(
          doc.contains("| `" + reason.code() + "` | " + level + " | " + reason.meaning() + " |"),
          reason.code() + " is missing from docs/ingest.md or documented differently");
    }
  }

  @Test
  void codesReadBack() {
    for (Reason reason : Reason.values()) {
      assertEquals(reason, Reason.ofCode(reason.code()));
      assertEquals(reason.name().toLowerCase(Locale.ROOT), reason.code());
    }
  }
}
