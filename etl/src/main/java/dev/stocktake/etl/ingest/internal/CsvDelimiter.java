package dev.stocktake.etl.ingest.internal;

import dev.stocktake.etl.EtlException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

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
    String upper = encoding.toUpperCase(Locale.ROOT);
    String text =
        upper.startsWith("UTF-16") || upper.startsWith("UTF-32")
            ? new String(bytes, Charset.forName(encoding))
            : new String(bytes, StandardCharsets.ISO_8859_1);
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
