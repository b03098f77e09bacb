package dev.stocktake.etl.ingest.scan;

import java.util.ArrayList;
import java.util.List;

/** Splits the header record's text into names, unquoting them as Spark does. */
final class HeaderFields {

  private HeaderFields() {}

  /**
   * The fields of one CSV record's text (without its final line end). A quoted field is unquoted,
   * and the line end that ends records becomes an LF in it; one broken by a stray quote is kept as
   * written up to the next delimiter, quotes and all. Spark does the same.
   *
   * @param recordSeparator {@link RecordSplitter#LF}, {@link RecordSplitter#CRLF} or {@link
   *     RecordSplitter#CR}; 0 if the file has no line end
   * @param delimiter the character between fields
   */
  static List<String> split(String record, int recordSeparator, char delimiter) {
    List<String> names = new ArrayList<>();
    int n = record.length();
    int i = 0;
    while (true) {
      int stop;
      if (i < n && record.charAt(i) == '"') {
        StringBuilder name = new StringBuilder();
        int j = i + 1;
        boolean closed = false;
        while (j < n) {
          char c = record.charAt(j++);
          if (c == '\r' && recordSeparator == RecordSplitter.CR) {
            name.append('\n');
          } else if (c == '\r'
              && recordSeparator == RecordSplitter.CRLF
              && j < n
              && record.charAt(j) == '\n') {
            name.append('\n');
            j++;
          } else if (c != '"') {
            name.append(c);
          } else if (j < n && record.charAt(j) == '"') {
            name.append('"');
            j++;
          } else {
            closed = true;
            break;
          }
        }
        if (!closed || j == n || record.charAt(j) == delimiter) {
          names.add(name.toString());
          stop = j;
        } else {
          stop = nextDelimiter(record, j, delimiter);
          names.add(record.substring(i, stop));
        }
      } else {
        stop = nextDelimiter(record, i, delimiter);
        names.add(record.substring(i, stop));
      }
      if (stop >= n) {
        return names;
      }
      i = stop + 1;
    }
  }

  private static int nextDelimiter(String record, int from, char delimiter) {
    int at = record.indexOf(delimiter, from);
    return at < 0 ? record.length() : at;
  }
}
