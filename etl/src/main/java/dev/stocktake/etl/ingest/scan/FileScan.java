package dev.stocktake.etl.ingest.scan;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What one pass over a response file found: its size and line ends, its header, how many data
 * records it physically has, where each starts, and which are structurally broken.
 *
 * @param file the name the caller gave the file, for messages
 * @param encoding the charset the file was decoded with
 * @param bytes the file's length in bytes
 * @param bom whether the file starts with a byte order mark (not part of the first header name)
 * @param lineEndings {@code "LF"}, {@code "CRLF"}, {@code "CR"}, {@code "mixed"}, or {@code
 *     "none"}, counting every physical line end, also those inside quoted fields
 * @param physicalLines lines as an editor counts them ({@code \n}, {@code \r\n} and a lone {@code
 *     \r} each end one), including a last line without a line end
 * @param header the header's fields, unquoted as Spark unquotes them; empty for a file with no
 *     record, and for JSON lines
 * @param records data records (the header excluded); blank lines are not records, broken records
 *     are
 * @param blankLines lines with no character at all between records (for JSON lines: no character
 *     but spaces and tabs)
 * @param lines the first physical line of every data record
 * @param problems the first problem of every broken record, in file order
 */
public record FileScan(
    String file,
    String encoding,
    long bytes,
    boolean bom,
    String lineEndings,
    long physicalLines,
    List<String> header,
    long records,
    long blankLines,
    RecordLines lines,
    List<RecordProblem> problems)
    implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Set<String> LINE_ENDINGS = Set.of("LF", "CRLF", "CR", "mixed", "none");

  public FileScan {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(encoding, "encoding");
    Objects.requireNonNull(lineEndings, "lineEndings");
    if (!LINE_ENDINGS.contains(lineEndings)) {
      throw new IllegalArgumentException(
          "lineEndings must be one of LF, CRLF, CR, mixed, none; was " + lineEndings);
    }
    if (bytes < 0 || physicalLines < 0 || records < 0 || blankLines < 0) {
      throw new IllegalArgumentException(
          "bytes, physicalLines, records and blankLines must not be negative");
    }
    Objects.requireNonNull(lines, "lines");
    if (lines.records() != records) {
      throw new IllegalArgumentException(
          "lines covers " + lines.records() + " records but records is " + records);
    }
    header = List.copyOf(header);
    problems = List.copyOf(problems);
  }
}
