package dev.stocktake.etl.ingest.scan;

/**
 * Splits JSON-lines text into records: every line with a character other than a space or a tab is
 * one, as for Spark's JSON reader (which skips lines of JSON whitespace only, and ends lines at LF,
 * CRLF and a lone CR alike). JSON syntax is left to Spark, except a line that is an array, which
 * Spark turns into as many rows as it has elements.
 */
final class JsonLinesSplitter extends RecordSplitter {

  private boolean inRecord;
  private boolean blankSoFar;
  private long recordLine;

  JsonLinesSplitter(String charset) {
    super(charset);
  }

  @Override
  void scan(char[] chunk, int from, int to, int end) {
    int i = from;
    while (i < to) {
      if (!inRecord) {
        char c = chunk[i];
        if (c == ' ' || c == '\t') {
          blankSoFar = true;
          i++;
        } else if (c == '\n' || c == '\r') {
          i += countLineEnd(chunk, i, end) == CRLF ? 2 : 1;
          blankLines++;
          blankSoFar = false;
          text.begin(i, false);
        } else {
          inRecord = true;
          recordLine = line;
          if (c == '[') {
            flag(RecordProblem.JSON_ARRAY, ProblemDetails.jsonArray(line));
          }
          i++;
        }
      } else {
        while (i < to) {
          char c = chunk[i];
          if (c > '\r' || (c != '\n' && c != '\r')) {
            i++;
          } else {
            int lineEnd = i;
            i += countLineEnd(chunk, i, end) == CRLF ? 2 : 1;
            endRecord(chunk, lineEnd);
            text.begin(i, false);
            break;
          }
        }
      }
    }
  }

  private void endRecord(char[] chunk, int end) {
    lines.add(recordLine);
    closeProblem(records, recordLine, chunk, end);
    records++;
    inRecord = false;
    blankSoFar = false;
  }

  @Override
  void finish() {
    if (inRecord) {
      endRecord(new char[0], 0);
    } else if (blankSoFar) {
      blankLines++;
    }
  }
}
