package dev.stocktake.etl.ingest.scan;

import java.io.Serializable;
import java.util.Objects;

/**
 * A structural problem of one physical record: the first one found in it.
 *
 * @param record 0-based data record index; -1 for the header
 * @param line 1-based physical line on which the record starts
 * @param code one of the codes below, stable for programs
 * @param detail what is wrong, in words, naming lines and bytes
 * @param raw the record's text as read (undecodable bytes shown as {@code \xNN}), capped at {@value
 *     #RAW_LIMIT} characters per problem and {@value #RAW_BUDGET} characters per file
 * @param rawTruncated whether {@code raw} is shorter than the record
 */
public record RecordProblem(
    long record, long line, String code, String detail, String raw, boolean rawTruncated)
    implements Serializable {

  /** Bytes that are not valid in the file's encoding; they were skipped, never replaced. */
  public static final String UNDECODABLE_BYTES = "undecodable_bytes";

  /** A quoted field's closing quote is followed by something other than a comma or line end. */
  public static final String STRAY_QUOTE = "stray_quote";

  /** A quoted field is still open at the end of the file: it swallowed the rest of the file. */
  public static final String UNTERMINATED_QUOTE = "unterminated_quote";

  /** The record has more or fewer fields than the header. */
  public static final String WRONG_FIELD_COUNT = "wrong_field_count";

  /** More fields than Spark's CSV reader accepts: Spark fails the whole file, not this row. */
  public static final String TOO_MANY_FIELDS = "too_many_fields";

  /**
   * The record holds a line end of another kind than the one that ends the file's records; Spark
   * reads it as part of a value (joining lines, or keeping a CR at the end of the last value).
   */
  public static final String MIXED_LINE_ENDING = "mixed_line_ending";

  /**
   * A JSON-lines line is an array: Spark makes one row per element (none for {@code []}), so rows
   * after it no longer match lines by position.
   */
  public static final String JSON_ARRAY = "json_array";

  /** Characters of raw text kept per problem. */
  public static final int RAW_LIMIT = 4096;

  /** Characters of raw text kept per file, over all its problems. */
  public static final int RAW_BUDGET = 8 * 1024 * 1024;

  private static final long serialVersionUID = 1L;

  public RecordProblem {
    if (record < -1) {
      throw new IllegalArgumentException("record must be -1 (the header) or more, was " + record);
    }
    if (line < 1) {
      throw new IllegalArgumentException("line must be 1 or more, was " + line);
    }
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(raw, "raw");
  }
}
