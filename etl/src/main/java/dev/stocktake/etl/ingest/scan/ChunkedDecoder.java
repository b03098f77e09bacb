package dev.stocktake.etl.ingest.scan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;

/**
 * Decodes a byte stream in fixed-size chunks and feeds the characters to a {@link RecordSplitter}.
 *
 * <p>The decoder reports bad bytes instead of replacing them, so each is told to the splitter; in
 * the character stream one U+FFFD stands in for them, as in Spark's (replacing) decoder, so that a
 * line of nothing but a bad byte is a record for both. A leading byte order mark is dropped.
 */
final class ChunkedDecoder {

  private static final int BYTES = 64 * 1024;
  private static final int CHARS = 64 * 1024;

  private final Charset charset;
  private final RecordSplitter splitter;
  private final byte[] bytes = new byte[BYTES];
  private final ByteBuffer in = ByteBuffer.wrap(bytes);
  private final char[] chars = new char[CHARS];
  private final CharBuffer out = CharBuffer.wrap(chars);

  // Bad bytes decoded into the current chunk: the placeholder's index and the bytes.
  private int[] badAt = new int[8];
  private byte[][] badBytes = new byte[8][];
  private int badCount;

  private long byteCount;
  private boolean firstChunk = true;
  private boolean bom;

  private ChunkedDecoder(Charset charset, RecordSplitter splitter) {
    this.charset = charset;
    this.splitter = splitter;
  }

  /** What decoding told about the file as bytes. */
  record Decoded(long bytes, boolean bom) {}

  /** Reads {@code stream} to its end (without closing it), feeding {@code splitter}. */
  static Decoded decode(InputStream stream, Charset charset, RecordSplitter splitter)
      throws IOException {
    ChunkedDecoder decoder = new ChunkedDecoder(charset, splitter);
    decoder.run(stream);
    return new Decoded(decoder.byteCount, decoder.bom);
  }

  private void run(InputStream stream) throws IOException {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    in.limit(0);
    boolean endOfInput = fill(stream, 4);
    bom = startsWithConsumedBom();
    while (true) {
      CoderResult result = decoder.decode(in, out, endOfInput);
      if (result.isError()) {
        if (!out.hasRemaining()) {
          chunk(false);
        }
        badByte(result.length());
      } else if (result.isOverflow()) {
        chunk(false);
      } else if (!endOfInput) {
        endOfInput = fill(stream, in.remaining() + 1);
      } else {
        while (decoder.flush(out).isOverflow()) {
          chunk(false);
        }
        chunk(true);
        splitter.finish();
        return;
      }
    }
  }

  /** Reads until {@code wanted} bytes are buffered or the stream ends; true at its end. */
  private boolean fill(InputStream stream, int wanted) throws IOException {
    in.compact();
    try {
      while (in.position() < wanted && in.hasRemaining()) {
        int read = stream.read(bytes, in.position(), in.remaining());
        if (read < 0) {
          return true;
        }
        in.position(in.position() + read);
        byteCount += read;
      }
      return false;
    } finally {
      in.flip();
    }
  }

  // Java's UTF-16 and UTF-32 decoders consume a byte order mark themselves; the others decode it
  // to U+FEFF, which chunk() drops.
  private boolean startsWithConsumedBom() {
    String name = charset.name();
    int b0 = byteAt(0);
    int b1 = byteAt(1);
    if (name.equals("UTF-16")) {
      return (b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE);
    }
    if (name.equals("UTF-32")) {
      int b2 = byteAt(2);
      int b3 = byteAt(3);
      return (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF)
          || (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0);
    }
    return false;
  }

  private int byteAt(int index) {
    return index < in.limit() ? bytes[index] & 0xFF : -1;
  }

  private void badByte(int length) {
    if (badCount == badAt.length) {
      badAt = Arrays.copyOf(badAt, badCount * 2);
      badBytes = Arrays.copyOf(badBytes, badCount * 2);
    }
    badAt[badCount] = out.position();
    badBytes[badCount] = Arrays.copyOfRange(bytes, in.position(), in.position() + length);
    badCount++;
    out.put('\uFFFD');
    in.position(in.position() + length);
  }

  /**
   * Hands the decoded characters to the splitter. Unless the file ends here, a final {@code '\r'}
   * is held back for the next chunk, so the splitter always sees whether an LF follows it.
   */
  private void chunk(boolean last) {
    int length = out.position();
    int from = 0;
    if (firstChunk) {
      if (length > 0 && chars[0] == '\uFEFF') {
        bom = true;
        from = 1;
      }
      splitter.start(from);
      firstChunk = false;
    }
    int limit = !last && length > from && chars[length - 1] == '\r' ? length - 1 : length;
    int scanned = from;
    for (int b = 0; b < badCount; b++) {
      splitter.scan(chars, scanned, badAt[b], length);
      splitter.undecodable(badBytes[b], badBytes[b].length, badAt[b]);
      scanned = badAt[b];
    }
    badCount = 0;
    splitter.scan(chars, scanned, limit, length);
    splitter.chunkDone(chars, from, limit);
    if (limit < length) {
      chars[0] = chars[limit];
    }
    out.clear();
    out.position(length - limit);
  }
}
