package dev.stocktake.etl.ingest.scan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Objects;
import java.util.function.Function;

/**
 * Scans a response file once, streaming in constant memory, for its physical records: the count
 * that Spark's reading of the same file must reconcile with. Never closes the stream it is given.
 */
public final class RecordScanner {

  private RecordScanner() {}

  /**
   * Scans a CSV file: comma separated, double-quoted, a quote inside quotes doubled (RFC 4180); its
   * first record is the header.
   *
   * @param file the file's name, for messages
   */
  public static FileScan scanCsv(String file, InputStream in, Charset charset) throws IOException {
    return scanCsv(file, in, charset, ',');
  }

  /**
   * Scans a CSV file whose fields are separated by {@code delimiter} (KoboToolbox, for one, exports
   * with semicolons), otherwise as {@link #scanCsv(String, InputStream, Charset)}.
   */
  public static FileScan scanCsv(String file, InputStream in, Charset charset, char delimiter)
      throws IOException {
    return scan(file, in, charset, name -> new CsvRecordSplitter(name, delimiter));
  }

  /**
   * Scans a JSON-lines file: every line holding more than spaces and tabs is one record; there is
   * no header.
   *
   * @param file the file's name, for messages
   */
  public static FileScan scanJsonLines(String file, InputStream in, Charset charset)
      throws IOException {
    return scan(file, in, charset, JsonLinesSplitter::new);
  }

  private static FileScan scan(
      String file,
      InputStream in,
      Charset charset,
      Function<String, RecordSplitter> splitterForCharset)
      throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(charset, "charset");
    RecordSplitter splitter = splitterForCharset.apply(charset.name());
    ChunkedDecoder.Decoded decoded = ChunkedDecoder.decode(in, charset, splitter);
    return splitter.result(file, decoded.bytes(), decoded.bom());
  }
}
