package dev.stocktake.etl.io;

import java.util.regex.Pattern;

/**
 * Makes a value safe to open in a spreadsheet: a cell that starts like a formula ({@code =}, {@code
 * +}, {@code -}, {@code @}, tab or carriage return) gets a leading apostrophe, so that {@code
 * =HYPERLINK(...)} from an answer is shown as text and never run. Plain numbers such as {@code -3}
 * are left alone, in Java's exponent form too ({@code -1.5E-4}, as a small negative effect size is
 * written), so that numeric columns stay numeric.
 */
public final class CsvCells {
  private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");

  private CsvCells() {}

  public static String neutralise(String value) {
    if (value == null || value.isEmpty()) {
      return value == null ? "" : value;
    }
    char first = value.charAt(0);
    boolean formulaLike =
        first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r';
    return formulaLike && !NUMBER.matcher(value).matches() ? "'" + value : value;
  }
}
