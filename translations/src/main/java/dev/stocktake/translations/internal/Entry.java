package dev.stocktake.translations.internal;

import java.util.Objects;

/**
 * One message of a bundle file: its key, its ICU MessageFormat text and where it was written, so
 * that every problem with it can name the file and line.
 */
public record Entry(String key, String value, String file, int line) {
  public Entry {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(file, "file");
  }

  /** {@code file:line}, the prefix of every message about this entry. */
  public String location() {
    return line > 0 ? file + ":" + line : file;
  }
}
