package dev.stocktake.etl.ingest.scan;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits decoded characters into records, for one file format; counts lines and collects problems.
 *
 * <p>{@link ChunkedDecoder} calls {@link #start} once, then {@link #scan} over each chunk of
 * characters, {@link #undecodable} between two scans where bytes could not be decoded, {@link
 * #chunkDone} before it reuses the buffer, and {@link #finish} at the end of the file. A {@code
 * '\r'} is never the last character handed over unless the file ends there, so whether it starts a
 * CRLF is always known.
 */
abstract class RecordSplitter {

  static final int LF = 1;
  static final int CRLF = 2;
  static final int CR = 3;

  private final String charset;
  final RecordText text = new RecordText();
  final RecordLines.Builder lines = new RecordLines.Builder();
  private final List<RecordProblem> problems = new ArrayList<>();
  private long rawBudget = RecordProblem.RAW_BUDGET;

  /** The current 1-based physical line. */
  long line = 1;

  private long lf;
  private long crlf;
  private long cr;
  private boolean anyCharacter;
  private char lastCharacter;

  long records;
  long blankLines;

  // The first problem of the record being scanned, if any.
  private String problemCode;
  private String problemDetail;

  RecordSplitter(String charset) {
    this.charset = charset;
  }

  /** Called once, before the first scan: the text starts at {@code from} of the first chunk. */
  void start(int from) {
    text.begin(from, false);
  }

  /** Scans {@code chunk[from, to)}; characters up to {@code end} may be looked at. */
  abstract void scan(char[] chunk, int from, int to, int end);

  /** Called at the end of the file. */
  abstract void finish();

  /** The header's fields; empty unless the format has one. */
  List<String> header() {
    return List.of();
  }

  /**
   * Bytes that could not be decoded stand at {@code position} of the chunk (as one U+FFFD, like
   * Spark's decoder writes, so that the record keeps its shape); flags the record that holds them.
   */
  final void undecodable(byte[] bytes, int count, int position) {
    StringBuilder hex = new StringBuilder();
    StringBuilder rawHex = new StringBuilder();
    for (int i = 0; i < count; i++) {
      String digits = Integer.toHexString(bytes[i] & 0xFF).toUpperCase(java.util.Locale.ROOT);
      String twoDigits = digits.length() == 1 ? "0" + digits : digits;
      hex.append(i == 0 ? "0x" : " 0x").append(twoDigits);
      rawHex.append("\\x").append(twoDigits);
    }
    text.undecodable(position, rawHex.toString());
    flag(
        RecordProblem.UNDECODABLE_BYTES,
        ProblemDetails.undecodable(hex.toString(), count, charset, line));
  }

  /** Lets the record text keep what it needs of {@code chunk[from, limit)} before reuse. */
  final void chunkDone(char[] chunk, int from, int limit) {
    text.chunkDone(chunk, limit);
    if (limit > from) {
      anyCharacter = true;
      lastCharacter = chunk[limit - 1];
    }
  }

  /**
   * Counts the physical line end starting at {@code chunk[at]} (a {@code '\n'} or {@code '\r'}) and
   * returns its kind; a CRLF is two characters, the others one.
   */
  final int countLineEnd(char[] chunk, int at, int end) {
    line++;
    if (chunk[at] == '\n') {
      lf++;
      return LF;
    }
    if (at + 1 < end && chunk[at + 1] == '\n') {
      crlf++;
      return CRLF;
    }
    cr++;
    return CR;
  }

  static String name(int lineEnd) {
    return switch (lineEnd) {
      case LF -> "LF";
      case CRLF -> "CRLF";
      default -> "CR";
    };
  }

  /** Notes a problem of the current record unless it already has one. */
  final void flag(String code, String detail) {
    if (problemCode == null) {
      problemCode = code;
      problemDetail = detail;
    }
  }

  /** Notes a problem that matters more than any found before in the record. */
  final void flagOverriding(String code, String detail) {
    problemCode = code;
    problemDetail = detail;
  }

  final boolean hasProblem() {
    return problemCode != null;
  }

  /**
   * Ends the current record's problem bookkeeping, keeping its problem if it has one; the record's
   * text ends before {@code end} in {@code chunk}.
   */
  final void closeProblem(long record, long firstLine, char[] chunk, int end) {
    if (problemCode == null) {
      return;
    }
    RecordText.Raw raw =
        rawBudget > 0
            ? text.raw(chunk, end, (int) Math.min(RecordProblem.RAW_LIMIT, rawBudget))
            : new RecordText.Raw("", true);
    rawBudget -= raw.text().length();
    problems.add(
        new RecordProblem(
            record, firstLine, problemCode, problemDetail, raw.text(), raw.truncated()));
    problemCode = null;
    problemDetail = null;
  }

  final long physicalLines() {
    long ends = lf + crlf + cr;
    boolean unterminatedLastLine = anyCharacter && lastCharacter != '\n' && lastCharacter != '\r';
    return ends + (unterminatedLastLine ? 1 : 0);
  }

  final String lineEndings() {
    int kinds = (lf > 0 ? 1 : 0) + (crlf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0);
    if (kinds == 0) {
      return "none";
    }
    if (kinds > 1) {
      return "mixed";
    }
    return lf > 0 ? "LF" : crlf > 0 ? "CRLF" : "CR";
  }

  final FileScan result(String file, long bytes, boolean bom) {
    return new FileScan(
        file,
        charset,
        bytes,
        bom,
        lineEndings(),
        physicalLines(),
        header(),
        records,
        blankLines,
        lines.build(),
        problems);
  }
}
