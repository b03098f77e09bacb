package dev.stocktake.schema.xlsform.internal;

import dev.stocktake.schema.Problem;
import dev.stocktake.schema.xlsform.XlsFormException;
import java.util.Locale;

/** Builds every refusal of a form in one place, so messages share their shape. */
public final class FormErrors {
  private FormErrors() {}

  /** A refusal of the whole file: {@code file problem; how to fix}. */
  public static XlsFormException file(String file, String message, Throwable cause) {
    return new XlsFormException(new Problem(file, 0, 0, "", message), cause);
  }

  /**
   * A refusal located at a cell: {@code file:row:col sheet.column: problem}; the column number is
   * 1-based, as a spreadsheet's column A is 1.
   */
  public static XlsFormException at(
      String file, String sheet, int row, int column, String columnName, String message) {
    String field =
        columnName == null || columnName.isEmpty() || sheet.isEmpty()
            ? sheet
            : sheet + "." + columnName;
    return new XlsFormException(new Problem(file, row, column, field, message), null);
  }

  /** A file too large to read. */
  public static XlsFormException tooLarge(String file, long size, long limit) {
    return file(
        file,
        String.format(
            Locale.ROOT,
            "refused: the file has %,d bytes, more than the limit of %,d for a form; a survey form"
                + " is far smaller, so this is probably not one",
            size,
            limit),
        null);
  }
}
