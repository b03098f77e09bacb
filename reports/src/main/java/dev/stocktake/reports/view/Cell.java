package dev.stocktake.reports.view;

/**
 * One cell of a table, formatted for the report language.
 *
 * @param numeric right-aligned (end-aligned in right-to-left languages) and in tabular figures
 * @param suppressed hidden in the public edition; {@code text} then says so briefly
 */
public record Cell(String text, boolean numeric, boolean suppressed) {
  public static Cell text(String text) {
    return new Cell(text, false, false);
  }

  public static Cell number(String text) {
    return new Cell(text, true, false);
  }
}
