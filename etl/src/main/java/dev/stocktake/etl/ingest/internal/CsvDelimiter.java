package dev.stocktake.etl.ingest.internal;

import dev.stocktake.etl.EtlException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the field delimiter of a CSV export from its header line: a semicolon when the header has
 * more semicolons than commas outside quotes (KoboToolbox exports with semicolons by default,
 * LimeSurvey offers both), else a comma. Column names hold neither, so the header decides.
 */
final class CsvDelimiter {
  /** Headers longer than this are judged by their start. */
  private static final int LIMIT = 1 << 20;

  private CsvDelimiter() {}

  /** The delimiter of {@code file}, read in {@code encoding}. */
  static char detect(Path file, String encoding) {
    try (InputStream in = Files.newInputStream(file)) {
      return detect(in.readNBytes(LIMIT), encoding);
    } catch (IOException e) {
      throw new EtlException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * The delimiter of a file starting with {@code bytes}. Comma and semicolon are ASCII, and so are
   * their bytes in every encoding Stocktake reads but UTF-16 and UTF-32, which are decoded first.
   */
  static char detect(byte[] bytes, String encoding) {
    String text =
        encoding.toUpperCase(java.util.Locale.ROOT).startsWith("UTF-16")
                || encoding.toUpperCase(java.util.Locale.ROOT).startsWith("UTF-32")
            ? new String(bytes, java.nio.charset.Charset.forName(encoding))
            : new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
    int commas = 0;
    int semicolons = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted && c == ',') {
        commas++;
      } else if (!quoted && c == ';') {
        semicolons++;
      }
    }
    return semicolons > commas ? ';' : ',';
  }
}
