package dev.stocktake.etl.ingest.scan;

import java.util.Arrays;

/**
 * The text of the record being scanned, kept only as far as a problem's raw text can need it.
 *
 * <p>The scanner reads characters in chunks and a record may span many. Within a chunk the record
 * is just a start index; when the chunk is done, up to {@link RecordProblem#RAW_LIMIT} of its
 * characters are copied here, so a broken record of any length costs a bounded copy per chunk. The
 * header is kept whole, because its names are needed.
 */
final class RecordText {

  private static final int LIMIT = RecordProblem.RAW_LIMIT;

  private char[] head = new char[LIMIT];
  private int headLength;
  private long lengthBefore;
  private int start;
  private boolean keepAll;

  // Undecodable bytes within the first LIMIT characters: where their placeholder is, and the bytes.
  private long[] undecodableAt = new long[4];
  private String[] undecodableHex = new String[4];
  private int undecodableCount;

  /** Starts a new record at {@code start} of the current chunk. */
  void begin(int start, boolean keepAll) {
    this.start = start;
    this.keepAll = keepAll;
    headLength = 0;
    lengthBefore = 0;
    undecodableCount = 0;
  }

  /** Copies what the chunk holds of the record before the chunk's buffer is reused. */
  void chunkDone(char[] chunk, int limit) {
    int length = limit - start;
    if (length > 0) {
      keep(chunk, start, length);
      lengthBefore += length;
    }
    start = 0;
  }

  /** Notes that the character at {@code position} of the chunk stands for these bytes. */
  void undecodable(int position, String rawHex) {
    long at = lengthBefore + (position - start);
    if (at >= LIMIT && !keepAll) {
      return;
    }
    if (undecodableCount == undecodableAt.length) {
      undecodableAt = Arrays.copyOf(undecodableAt, undecodableCount * 2);
      undecodableHex = Arrays.copyOf(undecodableHex, undecodableCount * 2);
    }
    undecodableAt[undecodableCount] = at;
    undecodableHex[undecodableCount] = rawHex;
    undecodableCount++;
  }

  /** The whole record as Spark sees it (undecodable bytes as U+FFFD); only when kept whole. */
  String whole(char[] chunk, int end) {
    if (!keepAll) {
      throw new IllegalStateException("the record was not kept whole");
    }
    return new String(head, 0, headLength) + new String(chunk, start, end - start);
  }

  /**
   * The record's raw text up to {@code limit} characters, undecodable bytes as {@code \xNN}; the
   * record ends before {@code end} in the current chunk.
   */
  Raw raw(char[] chunk, int end, int limit) {
    long length = lengthBefore + (end - start);
    StringBuilder raw = new StringBuilder((int) Math.min(limit, length));
    int next = 0;
    long at = 0;
    for (; at < length && raw.length() < limit; at++) {
      if (next < undecodableCount && undecodableAt[next] == at) {
        raw.append(undecodableHex[next++]);
      } else {
        raw.append(at < headLength ? head[(int) at] : chunk[start + (int) (at - lengthBefore)]);
      }
    }
    boolean truncated = at < length || raw.length() > limit;
    if (raw.length() > limit) {
      raw.setLength(limit);
    }
    return new Raw(raw.toString(), truncated);
  }

  private void keep(char[] chunk, int from, int length) {
    int room = head.length - headLength;
    if (length > room && keepAll) {
      head = Arrays.copyOf(head, Math.max(head.length * 2, headLength + length));
      room = head.length - headLength;
    }
    int kept = Math.min(length, room);
    System.arraycopy(chunk, from, head, headLength, kept);
    headLength += kept;
  }

  /** Raw text and whether it was cut. */
  record Raw(String text, boolean truncated) {}
}
