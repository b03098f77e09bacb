package dev.stocktake.etl.ingest.scan;

/** The words of every {@link RecordProblem#detail()}, in one place. */
final class ProblemDetails {

  private ProblemDetails() {}

  static String undecodable(String hexBytes, int count, String charset, long line) {
    return (count == 1 ? "byte " + hexBytes + " is" : "bytes " + hexBytes + " are")
        + " not valid "
        + charset
        + " (line "
        + line
        + ")";
  }

  static String strayQuote(long line, char next) {
    return "the quote closing a field on line "
        + line
        + " is followed by "
        + describe(next)
        + ", not by a comma or a line end; a quote inside a quoted field is written twice (\"\")";
  }

  static String unterminatedQuote(long openedOn, long lastLine) {
    return "the quote opened on line "
        + openedOn
        + " is never closed, so the rest of the file (to line "
        + lastLine
        + ") is one field";
  }

  static String wrongFieldCount(long fields, long headerFields) {
    return fields + (fields == 1 ? " field" : " fields") + ", the header has " + headerFields;
  }

  static String tooManyFields(long fields, int sparkLimit) {
    return fields
        + " fields; Spark's CSV reader fails the whole file on a record of more than "
        + sparkLimit
        + " (its maxColumns option)";
  }

  /** A line end that Spark reads as part of a value, joining this line to the next. */
  static String lineEndInValue(long line, String found, String recordSeparator) {
    return "line "
        + line
        + " ends with "
        + article(found)
        + ", but this file's records end with "
        + recordSeparator
        + " (its first line end); Spark reads the "
        + found
        + " as part of the value and joins line "
        + (line + 1)
        + " to this record";
  }

  /** A CRLF in a file whose records end with LF: Spark keeps the CR in the last value. */
  static String crKeptInValue(long line) {
    return "line "
        + line
        + " ends with CRLF, but this file's records end with LF (its first line end);"
        + " Spark keeps the CR at the end of the last value";
  }

  static String jsonArray(long line) {
    return "line "
        + line
        + " is a JSON array, not an object; Spark makes one row per element (none for []),"
        + " so the rows after it no longer match lines by position";
  }

  private static String article(String lineEnd) {
    return lineEnd.equals("CRLF") ? "CRLF" : "a lone " + lineEnd;
  }

  private static String describe(char c) {
    if (c == ' ') {
      return "a space";
    }
    if (c == '\t') {
      return "a tab";
    }
    if (Character.isISOControl(c) || Character.isSurrogate(c) || Character.isWhitespace(c)) {
      return "U+" + hex4(c);
    }
    return "\"" + c + "\"";
  }

  private static String hex4(char c) {
    String digits = Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
    return "0".repeat(4 - digits.length()) + digits;
  }
}
