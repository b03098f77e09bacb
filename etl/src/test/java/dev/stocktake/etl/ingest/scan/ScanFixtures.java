package dev.stocktake.etl.ingest.scan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Small response files named by scenario: the scanner's unit tests assert what it finds in each,
 * and {@link RecordScannerAgreesWithSparkTest} checks that Spark reads each the same way.
 */
final class ScanFixtures {

  private ScanFixtures() {}

  enum Format {
    CSV,
    JSON_LINES
  }

  /** One file: its bytes, how to decode them, and how to read it. */
  record Fixture(String name, Format format, Charset charset, byte[] bytes) {

    FileScan scan() throws IOException {
      return scan(new ByteArrayInputStream(bytes));
    }

    FileScan scan(InputStream in) throws IOException {
      return format == Format.CSV
          ? RecordScanner.scanCsv(name, in, charset)
          : RecordScanner.scanJsonLines(name, in, charset);
    }

    String fileName() {
      return name + (format == Format.CSV ? ".csv" : ".jsonl");
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static Fixture csv(String name, String text) {
    return new Fixture(name, Format.CSV, StandardCharsets.UTF_8, utf8(text));
  }

  static Fixture csv(String name, byte[] bytes, Charset charset) {
    return new Fixture(name, Format.CSV, charset, bytes);
  }

  static Fixture jsonLines(String name, String text) {
    return new Fixture(name, Format.JSON_LINES, StandardCharsets.UTF_8, utf8(text));
  }

  static Fixture jsonLines(String name, byte[] bytes, Charset charset) {
    return new Fixture(name, Format.JSON_LINES, charset, bytes);
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] latin1(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  // Line ends
  static final Fixture LF = csv("lf", "id,name\n1,Ann\n2,Bob\n");
  static final Fixture CRLF = csv("crlf", "id,name\r\n1,Ann\r\n2,Bob\r\n");
  static final Fixture LONE_CR = csv("lone-cr", "id,name\r1,Ann\r2,Bob\r");
  static final Fixture LF_WITH_ONE_CRLF = csv("lf-with-one-crlf", "id,name\n1,Ann\r\n2,Bob\n");
  static final Fixture LF_WITH_LONE_CR = csv("lf-with-lone-cr", "id,name\n1,Ann\r2,Bob\n3,Cyd\n");
  static final Fixture CRLF_WITH_LONE_LF =
      csv("crlf-with-lone-lf", "id,name\r\n1,Ann\n2,Bob\r\n3,Cyd\r\n");
  static final Fixture CRLF_WITH_LF_IN_QUOTES =
      csv("crlf-with-lf-in-quotes", "id,note\r\n1,\"two\nlines\"\r\n2,one line\r\n");
  static final Fixture CR_WITH_CRLF = csv("cr-with-crlf", "id,name\r1,Ann\r\n2,Bob\r");
  static final Fixture FIRST_LINE_END_IN_QUOTES =
      csv("first-line-end-in-quotes", "\"id\nnumber\",name\r\n1,Ann\r\n2,Bob\r\n");

  // Byte order marks and encodings
  static final Fixture BOM = csv("bom", "\uFEFFid,name\n1,Ann\n");
  static final Fixture BOM_ONLY = csv("bom-only", "\uFEFF");
  static final Fixture LATIN1_READ_AS_UTF8 =
      csv("latin1-read-as-utf8", latin1("id,name\n1,Ren\u00e9\n2,Bob\n"), StandardCharsets.UTF_8);
  static final Fixture LATIN1_READ_AS_LATIN1 =
      csv(
          "latin1-read-as-latin1",
          latin1("id,name\n1,Ren\u00e9\n2,Bob\n"),
          StandardCharsets.ISO_8859_1);
  static final Fixture UNDECODABLE_HEADER =
      csv("undecodable-header", latin1("id,pr\u00e9nom\n1,Ann\n"), StandardCharsets.UTF_8);
  static final Fixture UTF16_WITH_BOM =
      csv(
          "utf16-with-bom",
          "\uFEFFid,name\n1,Ann\n".getBytes(StandardCharsets.UTF_16LE),
          StandardCharsets.UTF_16);
  static final Fixture UTF16LE_WITH_BOM =
      csv(
          "utf16le-with-bom",
          "\uFEFFid,name\n1,Ann\n".getBytes(StandardCharsets.UTF_16LE),
          StandardCharsets.UTF_16LE);

  // Quotes
  static final Fixture QUOTED_NEWLINES =
      csv("quoted-newlines", "id,note,n\n1,\"first\nsecond\nthird\",x\n2,plain,y\n3,more,z\n");
  static final Fixture DOUBLED_QUOTES =
      csv("doubled-quotes", "id,quote\n1,\"she said \"\"hi\"\"\"\n2,\"\"\"\"\n3,\"\"\n");
  static final Fixture QUOTE_INSIDE_UNQUOTED_FIELD =
      csv("quote-inside-unquoted-field", "id,size\n1,5\" screen\n2,ok\n");
  static final Fixture QUOTED_HEADER =
      csv("quoted-header", "\"id\",\"full, name\"\n1,\"Ann, A\"\n");
  static final Fixture QUOTED_HEADER_OVER_TWO_CRLF_LINES =
      csv("quoted-header-over-two-crlf-lines", "id,\"full\r\nname\"\r\n1,Ann\r\n");
  static final Fixture UNTERMINATED_QUOTE =
      csv("unterminated-quote", "id,note\n1,ok\n2,\"open\n3,never\n");
  static final Fixture STRAY_QUOTE = csv("stray-quote", "id,note\n1,\"closed\"then\n2,ok\n");

  // Field counts
  static final Fixture MORE_FIELDS = csv("more-fields", "id,name\n1,Ann,extra\n2,Bob\n");
  static final Fixture FEWER_FIELDS = csv("fewer-fields", "id,name,age\n1,Ann\n2,Bob,40\n");
  static final Fixture EMPTY_FIELDS = csv("empty-fields", "id,name\n,\n\"\",\"\"\n3,\n");

  // Empty files, headers, blank lines
  static final Fixture EMPTY = csv("empty", "");
  static final Fixture HEADER_ONLY_WITH_NEWLINE = csv("header-only-with-newline", "id,name\n");
  static final Fixture HEADER_ONLY_WITHOUT_NEWLINE = csv("header-only-without-newline", "id,name");
  static final Fixture NO_FINAL_NEWLINE = csv("no-final-newline", "id,name\n1,Ann\n2,Bob");
  static final Fixture BLANK_LINES_IN_THE_MIDDLE =
      csv("blank-lines-in-the-middle", "id,name\n1,Ann\n\n\n2,Bob\n");
  static final Fixture BLANK_LINES_AT_THE_END =
      csv("blank-lines-at-the-end", "id,name\n1,Ann\n\n\n");
  static final Fixture BLANK_LINES_BEFORE_THE_HEADER =
      csv("blank-lines-before-the-header", "\n\nid,name\n1,Ann\n");
  static final Fixture WHITESPACE_ONLY_LINE =
      csv("whitespace-only-line", "id,name\n1,Ann\n  \t\n2,Bob\n");
  static final Fixture ONLY_BLANK_LINES = csv("only-blank-lines", "\n\n");

  // Big
  static final Fixture MEGABYTE_FIELD =
      csv("megabyte-field", "id,text\n1," + "x".repeat(1 << 20) + "\n2,short\n");
  static final Fixture MEGABYTE_QUOTED_FIELD =
      csv(
          "megabyte-quoted-field",
          "id,text\n1,\"" + "ab\n\"\"cd,".repeat(1 << 17) + "\"\n2,short\n");

  // JSON lines
  static final Fixture JSONL = jsonLines("jsonl", "{\"id\":\"1\"}\n{\"id\":\"2\"}\n");
  static final Fixture JSONL_BLANK_LINES =
      jsonLines("jsonl-blank-lines", "\n{\"id\":\"1\"}\n\n  \t\n{\"id\":\"2\"}\n\n");
  static final Fixture JSONL_BAD_BYTES =
      jsonLines(
          "jsonl-bad-bytes",
          latin1("{\"id\":\"1\"}\n{\"id\":\"Ren\u00e9\"}\n{\"id\":\"3\"}\n"),
          StandardCharsets.UTF_8);
  static final Fixture JSONL_MIXED_LINE_ENDS =
      jsonLines("jsonl-mixed-line-ends", "{\"id\":\"1\"}\r\n{\"id\":\"2\"}\r{\"id\":\"3\"}\n");
  static final Fixture JSONL_BOM = jsonLines("jsonl-bom", "\uFEFF{\"id\":\"1\"}\n{\"id\":\"2\"}");
  static final Fixture JSONL_NOT_JSON =
      jsonLines("jsonl-not-json", "{\"id\":\"1\"}\nnot json\n\f\n{\"id\":\"2\"}\n");
  static final Fixture JSONL_TRAILING_SPACES =
      jsonLines("jsonl-trailing-spaces", "{\"id\":\"1\"}\n  ");
  static final Fixture JSONL_ARRAY =
      jsonLines(
          "jsonl-array",
          "{\"id\":\"1\"}\n[{\"id\":\"2\"},{\"id\":\"3\"},{\"id\":\"4\"}]\n[]\n{\"id\":\"5\"}\n");

  static List<Fixture> all() {
    return List.of(
        LF,
        CRLF,
        LONE_CR,
        LF_WITH_ONE_CRLF,
        LF_WITH_LONE_CR,
        CRLF_WITH_LONE_LF,
        CRLF_WITH_LF_IN_QUOTES,
        CR_WITH_CRLF,
        FIRST_LINE_END_IN_QUOTES,
        BOM,
        BOM_ONLY,
        LATIN1_READ_AS_UTF8,
        LATIN1_READ_AS_LATIN1,
        UNDECODABLE_HEADER,
        UTF16_WITH_BOM,
        UTF16LE_WITH_BOM,
        QUOTED_NEWLINES,
        DOUBLED_QUOTES,
        QUOTE_INSIDE_UNQUOTED_FIELD,
        QUOTED_HEADER,
        QUOTED_HEADER_OVER_TWO_CRLF_LINES,
        UNTERMINATED_QUOTE,
        STRAY_QUOTE,
        MORE_FIELDS,
        FEWER_FIELDS,
        EMPTY_FIELDS,
        EMPTY,
        HEADER_ONLY_WITH_NEWLINE,
        HEADER_ONLY_WITHOUT_NEWLINE,
        NO_FINAL_NEWLINE,
        BLANK_LINES_IN_THE_MIDDLE,
        BLANK_LINES_AT_THE_END,
        BLANK_LINES_BEFORE_THE_HEADER,
        WHITESPACE_ONLY_LINE,
        ONLY_BLANK_LINES,
        MEGABYTE_FIELD,
        MEGABYTE_QUOTED_FIELD,
        JSONL,
        JSONL_BLANK_LINES,
        JSONL_BAD_BYTES,
        JSONL_MIXED_LINE_ENDS,
        JSONL_BOM,
        JSONL_NOT_JSON,
        JSONL_TRAILING_SPACES,
        JSONL_ARRAY);
  }
}
