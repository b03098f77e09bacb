package dev.stocktake.etl.ingest.scan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits CSV text into records the way Spark's CSV reader (univocity, with {@code multiLine},
 * {@code escape="\""} and {@code unescapedQuoteHandling=STOP_AT_DELIMITER}) does, flagging what it
 * would read silently or wrongly.
 *
 * <p>Fields are RFC 4180: a quote opens a quoted field only as a field's first character; inside, a
 * doubled quote is a quote and line ends belong to the field. Records end where Spark ends them: at
 * the kind of line end the file starts with (univocity detects it from the first line end, even one
 * inside quotes). Other line ends are read as part of a value, except that where records end with
 * CRLF or CR, a lone LF also ends a record at a field's start or after a quoted or broken field,
 * since univocity compares with its normalised newline there.
 */
final class CsvRecordSplitter extends RecordSplitter {

  /** Spark's default {@code maxColumns}: a longer record fails the whole read. */
  static final int SPARK_MAX_COLUMNS = 20480;

  private static final int RECORD_START = 0;
  private static final int FIELD_START = 1;
  private static final int UNQUOTED = 2;
  private static final int QUOTED = 3;
  private static final int AFTER_QUOTE = 4;

  // The field delimiter (a comma, or the semicolon some exports use) and the largest character
  // the hot loop may skip without looking: anything above both the delimiter and the line ends.
  private final char delimiter;
  private final char skipAbove;

  private int state = RECORD_START;
  private int recordSeparator;
  // The unquoted field continues a quoted one broken by a stray quote: univocity ends it at any LF.
  private boolean afterStrayQuote;
  private long fields;
  private long recordLine;
  private long quoteLine;
  private long headerFields = -1;
  private List<String> header = List.of();

  // A file of a million broken rows mostly repeats a few field counts: share their details.
  private final Map<Long, String> fieldCountDetails = new HashMap<>();

  CsvRecordSplitter(String charset, char delimiter) {
    super(charset);
    if (delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
      throw new IllegalArgumentException("a CSV delimiter cannot be a quote or a line end");
    }
    this.delimiter = delimiter;
    this.skipAbove = (char) Math.max(delimiter, Math.max('"', '\r'));
  }

  @Override
  void start(int from) {
    text.begin(from, true);
  }

  @Override
  List<String> header() {
    return header;
  }

  @Override
  void scan(char[] chunk, int from, int to, int end) {
    int i = from;
    while (i < to) {
      switch (state) {
        case UNQUOTED -> i = unquoted(chunk, i, to, end);
        case QUOTED -> i = quoted(chunk, i, to, end);
        case FIELD_START -> i = fieldStart(chunk, i, end);
        case AFTER_QUOTE -> i = afterQuote(chunk, i, end);
        default -> i = recordStart(chunk, i, end);
      }
    }
  }

  private int recordStart(char[] chunk, int i, int end) {
    char c = chunk[i];
    if (c == '\n' || c == '\r') {
      return lineEnd(chunk, i, end);
    }
    startRecord(line);
    state = FIELD_START;
    return i;
  }

  private int fieldStart(char[] chunk, int i, int end) {
    char c = chunk[i];
    if (c == '"') {
      quoteLine = line;
      state = QUOTED;
      return i + 1;
    }
    if (c == delimiter) {
      fields++;
      return i + 1;
    }
    if (c == '\n' || c == '\r') {
      return lineEnd(chunk, i, end);
    }
    state = UNQUOTED;
    return i + 1;
  }

  // The hot loop: most characters of most files are here.
  private int unquoted(char[] chunk, int i, int to, int end) {
    while (i < to) {
      char c = chunk[i];
      if (c > skipAbove) {
        i++;
      } else if (c == delimiter) {
        fields++;
        afterStrayQuote = false;
        state = FIELD_START;
        return i + 1;
      } else if (c == '\n' || c == '\r') {
        return lineEnd(chunk, i, end);
      } else {
        i++;
      }
    }
    return i;
  }

  private int quoted(char[] chunk, int i, int to, int end) {
    while (i < to) {
      char c = chunk[i];
      if (c > '"') {
        i++;
      } else if (c == '"') {
        state = AFTER_QUOTE;
        return i + 1;
      } else if (c == '\n' || c == '\r') {
        int kind = countLineEnd(chunk, i, end);
        if (recordSeparator == 0) {
          recordSeparator = kind;
        }
        i += kind == CRLF ? 2 : 1;
      } else {
        i++;
      }
    }
    return i;
  }

  private int afterQuote(char[] chunk, int i, int end) {
    char c = chunk[i];
    if (c == '"') {
      state = QUOTED;
      return i + 1;
    }
    if (c == delimiter) {
      fields++;
      state = FIELD_START;
      return i + 1;
    }
    if (c == '\n' || c == '\r') {
      return lineEnd(chunk, i, end);
    }
    flag(RecordProblem.STRAY_QUOTE, ProblemDetails.strayQuote(line, c));
    afterStrayQuote = true;
    state = UNQUOTED;
    return i + 1;
  }

  /** A line end outside quotes: ends the record, a blank line, or is read as part of a value. */
  private int lineEnd(char[] chunk, int i, int end) {
    long endedLine = line;
    int kind = countLineEnd(chunk, i, end);
    int length = kind == CRLF ? 2 : 1;
    if (recordSeparator == 0) {
      recordSeparator = kind;
    }
    boolean endsRecord;
    boolean keepsCr = false;
    if (kind == recordSeparator || (recordSeparator == CR && kind == CRLF)) {
      endsRecord = true;
    } else if (recordSeparator == LF) {
      // A CR is no line end to univocity here: inside a line it joins lines, before the LF it
      // stays in the last value, unless it follows a closing quote (whitespace, which it skips).
      endsRecord = kind == CRLF;
      keepsCr = endsRecord && state != AFTER_QUOTE;
    } else {
      // Records end with CRLF or CR. univocity takes a lone LF into a plain unquoted value, but
      // anywhere else compares with its normalised newline (LF) and ends the record there.
      endsRecord = kind == LF && !(state == UNQUOTED && !afterStrayQuote);
    }

    if (endsRecord && !keepsCr && state == RECORD_START) {
      blankLines++;
      text.begin(i + length, headerFields < 0);
      return i + length;
    }
    if (state == RECORD_START) {
      startRecord(endedLine);
    }
    if (endsRecord) {
      if (keepsCr) {
        flag(RecordProblem.MIXED_LINE_ENDING, ProblemDetails.crKeptInValue(endedLine));
      }
      endRecord(chunk, keepsCr ? i + 1 : i);
      text.begin(i + length, headerFields < 0);
      return i + length;
    }
    flag(
        RecordProblem.MIXED_LINE_ENDING,
        ProblemDetails.lineEndInValue(endedLine, name(kind), name(recordSeparator)));
    if (state == AFTER_QUOTE) {
      afterStrayQuote = true;
    }
    state = UNQUOTED;
    return i + length;
  }

  private void startRecord(long firstLine) {
    recordLine = firstLine;
    fields = 1;
  }

  private void endRecord(char[] chunk, int end) {
    if (fields > SPARK_MAX_COLUMNS) {
      flagOverriding(
          RecordProblem.TOO_MANY_FIELDS, ProblemDetails.tooManyFields(fields, SPARK_MAX_COLUMNS));
    }
    if (headerFields < 0) {
      headerFields = fields;
      header = HeaderFields.split(text.whole(chunk, end), recordSeparator, delimiter);
      closeProblem(-1, recordLine, chunk, end);
    } else {
      if (fields != headerFields && !hasProblem()) {
        flag(RecordProblem.WRONG_FIELD_COUNT, wrongFieldCountDetail());
      }
      lines.add(recordLine);
      closeProblem(records, recordLine, chunk, end);
      records++;
    }
    afterStrayQuote = false;
    state = RECORD_START;
  }

  private String wrongFieldCountDetail() {
    String detail = fieldCountDetails.get(fields);
    if (detail == null) {
      detail = ProblemDetails.wrongFieldCount(fields, headerFields);
      if (fieldCountDetails.size() < 256) {
        fieldCountDetails.put(fields, detail);
      }
    }
    return detail;
  }

  @Override
  void finish() {
    if (state == RECORD_START) {
      return;
    }
    if (state == QUOTED) {
      flagOverriding(
          RecordProblem.UNTERMINATED_QUOTE,
          ProblemDetails.unterminatedQuote(quoteLine, physicalLines()));
    }
    endRecord(new char[0], 0);
  }
}
