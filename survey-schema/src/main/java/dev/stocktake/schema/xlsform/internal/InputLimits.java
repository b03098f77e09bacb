package dev.stocktake.schema.xlsform.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The limits that keep a hostile or mistaken file from exhausting memory: a size limit for text
 * formats, and POI's zip-bomb guards for workbooks (a form expands to a few hundred kilobytes).
 */
public final class InputLimits {
  /** The largest .csv, .md or .json form read. */
  public static final long MAX_TEXT_FILE_BYTES = 20L * 1024 * 1024;

  /** The largest .xlsx file read (compressed). */
  public static final long MAX_XLSX_BYTES = 20L * 1024 * 1024;

  /** An entry that expands more than 100 times (ratio below 0.01) is a zip bomb. */
  static final double MIN_INFLATE_RATIO = 0.01;

  /** No entry of a form's workbook needs more than 64 MB uncompressed. */
  static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;

  /** POI's own default for the text of one part; above it POI warns on the console. */
  static final long MAX_TEXT_CHARS = 10L * 1024 * 1024;

  private InputLimits() {}

  /**
   * Sets POI's zip limits. POI keeps them in static fields, so they are set before every workbook
   * is opened rather than trusting that nothing else in the JVM changed them.
   */
  public static void guardZip() {
    ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARS);
  }

  /** Reads a text form whole after checking its size. */
  public static byte[] readLimited(Path file, String display, long limit) {
    try {
      long size = Files.size(file);
      if (size > limit) {
        throw FormErrors.tooLarge(display, size, limit);
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw FormErrors.file(display, "file not found", e);
    } catch (IOException e) {
      throw FormErrors.file(display, "cannot be read: " + e.getMessage(), e);
    }
  }

  /** Checks a workbook's size before POI opens it. */
  public static void checkSize(Path file, String display, long limit) {
    try {
      long size = Files.size(file);
      if (size > limit) {
        throw FormErrors.tooLarge(display, size, limit);
      }
    } catch (NoSuchFileException e) {
      throw FormErrors.file(display, "file not found", e);
    } catch (IOException e) {
      throw FormErrors.file(display, "cannot be read: " + e.getMessage(), e);
    }
  }
}
