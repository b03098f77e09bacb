package dev.stocktake.etl.ingest.scan;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The first physical line of every data record of a file, stored compactly.
 *
 * <p>Almost every record is one line, so the line of record {@code r} is {@code r + offset} with an
 * offset that changes only after a record of several lines or after blank lines. Only those
 * breakpoints are stored: a file of a million one-line records needs one.
 */
public final class RecordLines implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long records;
  private final long[] firstRecords;
  private final long[] offsets;

  private RecordLines(long records, long[] firstRecords, long[] offsets) {
    this.records = records;
    this.firstRecords = firstRecords;
    this.offsets = offsets;
  }

  /** How many data records there are. */
  public long records() {
    return records;
  }

  /** The 1-based first physical line of data record {@code record} (0-based). */
  public long lineOf(long record) {
    if (record < 0 || record >= records) {
      throw new IndexOutOfBoundsException(
          "record " + record + " is not in the file, which has " + records + " data records");
    }
    int found = Arrays.binarySearch(firstRecords, record);
    int breakpoint = found >= 0 ? found : -found - 2;
    return record + offsets[breakpoint];
  }

  /** How many breakpoints are stored; for tests of compactness. */
  int breakpoints() {
    return firstRecords.length;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RecordLines that
        && records == that.records
        && Arrays.equals(firstRecords, that.firstRecords)
        && Arrays.equals(offsets, that.offsets);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Long.hashCode(records) + Arrays.hashCode(firstRecords))
        + Arrays.hashCode(offsets);
  }

  @Override
  public String toString() {
    return "RecordLines[records=" + records + ", breakpoints=" + firstRecords.length + "]";
  }

  /** Collects the lines of records in file order. */
  static final class Builder {
    private long records;
    private long[] firstRecords = new long[8];
    private long[] offsets = new long[8];
    private int breakpoints;

    /** Adds the next data record, which starts on {@code line}. */
    void add(long line) {
      long offset = line - records;
      if (breakpoints == 0 || offsets[breakpoints - 1] != offset) {
        if (breakpoints == firstRecords.length) {
          firstRecords = Arrays.copyOf(firstRecords, breakpoints * 2);
          offsets = Arrays.copyOf(offsets, breakpoints * 2);
        }
        firstRecords[breakpoints] = records;
        offsets[breakpoints] = offset;
        breakpoints++;
      }
      records++;
    }

    RecordLines build() {
      return new RecordLines(
          records, Arrays.copyOf(firstRecords, breakpoints), Arrays.copyOf(offsets, breakpoints));
    }
  }
}
