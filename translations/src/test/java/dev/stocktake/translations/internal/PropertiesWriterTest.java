package dev.stocktake.translations.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PropertiesWriterTest {
  @Test
  void escapesOnlyWhatTheReaderWouldChange() {
    assertEquals("Résumé = a: b # c ! d", PropertiesWriter.escape("Résumé = a: b # c ! d"));
    assertEquals("C:\\\\temp\\\\", PropertiesWriter.escape("C:\\temp\\"));
    assertEquals("a\\nb\\tc", PropertiesWriter.escape("a\nb\tc"));
    assertEquals("\\ \\ x\\u0020", PropertiesWriter.escape("  x "));
    assertEquals("\\u3000x\\u2003", PropertiesWriter.escape("\u3000x\u2003"));
    assertEquals("a\\u000Db\\u2028", PropertiesWriter.escape("a\rb\u2028"));
    assertEquals("\u00A0x\u00A0", PropertiesWriter.escape("\u00A0x\u00A0"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "plain",
        "  leading and trailing  ",
        "\ttab first",
        "ends with a backslash \\",
        "ends with two \\\\",
        "line\nbreak\r\nand\rreturns",
        "# not a comment",
        "! nor this",
        "= and : at the start",
        "\\u0041 is not an escape here",
        "العربية «{n}» ''quoted''",
        "{count, plural, one {# x} other {# xs}}",
        "emoji 🙂 and \u0001 control",
        " \u2003 "
      })
  void everyValueReadsBackExactly(String value) {
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("b.key", value);
    entries.put("a.key", "first");
    String text = PropertiesWriter.write(List.of("header", ""), "draft", entries);
    BundleReader.Result read = BundleReader.read("fr", "f", text);
    assertEquals(List.of(), read.issues());
    assertEquals(value, read.bundle().messages().get("b.key").value());
    assertEquals(List.of("a.key", "b.key"), List.copyOf(read.bundle().messages().keySet()));
    assertEquals("draft", read.bundle().statusValue());
  }
}
