package dev.stocktake.schema.findings;

import java.util.ArrayList;
import java.util.List;

/**
 * Small-cell suppression for a table of counts with row and column totals, as the public edition
 * needs it: every count of 1 to {@code threshold − 1} respondents is hidden (primary suppression),
 * and then, so that no hidden count can be recovered by subtraction from a total, more cells are
 * hidden (complementary suppression) until no row or column — totals included — has exactly one
 * hidden entry. Zero counts are shown: a zero says nobody, it identifies no one.
 *
 * <p>The table is given with its totals: the inner counts, then a last column of row totals and a
 * last row of column totals with the grand total in the corner. The result marks which entries of
 * that whole table to hide, totals included. This is the usual line-by-line heuristic of
 * statistical offices; it does not solve the full linear system, so a determined attacker combining
 * several lines could in rare layouts narrow a hidden cell down.
 */
public final class SmallCells {
  private SmallCells() {}

  /**
   * Which entries of {@code table} (inner counts, a last column of row totals, a last row of column
   * totals and the grand total) to hide.
   */
  public static boolean[][] suppress(long[][] table, int threshold) {
    int rows = table.length;
    return suppress(table, new boolean[rows][rows == 0 ? 0 : table[0].length], threshold);
  }

  /**
   * As {@link #suppress(long[][], int)}, with some entries hidden from the start: those another
   * table sharing them hides (a total two tables have in common), or whose count is not known. A
   * withheld entry's count is never read; it is hidden whatever it is.
   */
  public static boolean[][] suppress(long[][] table, boolean[][] withheld, int threshold) {
    if (threshold < 1) {
      throw new IllegalArgumentException("threshold: must be 1 or more, was " + threshold);
    }
    int rows = table.length;
    int columns = rows == 0 ? 0 : table[0].length;
    boolean[][] hidden = new boolean[rows][columns];
    for (int r = 0; r < rows; r++) {
      if (table[r].length != columns || withheld[r].length != columns) {
        throw new IllegalArgumentException("table: every row needs " + columns + " entries");
      }
      for (int c = 0; c < columns; c++) {
        long n = table[r][c];
        if (n < 0 && !withheld[r][c]) {
          throw new IllegalArgumentException("table: counts cannot be negative (" + n + ")");
        }
        hidden[r][c] = withheld[r][c] || (n > 0 && n < threshold);
      }
    }
    List<int[][]> lines = lines(rows, columns);
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int[][] line : lines) {
        int count = 0;
        for (int[] at : line) {
          if (hidden[at[0]][at[1]]) {
            count++;
          }
        }
        if (count == 1) {
          int[] partner = smallestVisible(table, hidden, line);
          if (partner != null) {
            hidden[partner[0]][partner[1]] = true;
            changed = true;
          }
        }
      }
    }
    return hidden;
  }

  /**
   * Which entries of one line of counts ending with its total to hide: the same rule as {@link
   * #suppress} for a table with one row, for figures shown side by side with nothing else adding
   * them up.
   */
  public static boolean[] suppressLine(long[] line, int threshold) {
    return suppressLine(line, new boolean[line.length], threshold);
  }

  /**
   * As {@link #suppressLine(long[], int)}, with some entries hidden from the start: those the
   * compare stage already hid in the public edition, whose count the report does not know. A
   * withheld entry's count is never read; it is hidden whatever it is.
   */
  public static boolean[] suppressLine(long[] line, boolean[] withheld, int threshold) {
    if (threshold < 1) {
      throw new IllegalArgumentException("threshold: must be 1 or more, was " + threshold);
    }
    if (withheld.length != line.length) {
      throw new IllegalArgumentException("withheld: needs " + line.length + " entries");
    }
    long[][] table = {line};
    boolean[][] hidden = new boolean[1][line.length];
    int count = 0;
    for (int c = 0; c < line.length; c++) {
      if (line[c] < 0 && !withheld[c]) {
        throw new IllegalArgumentException("line: counts cannot be negative (" + line[c] + ")");
      }
      hidden[0][c] = withheld[c] || (line[c] > 0 && line[c] < threshold);
      count += hidden[0][c] ? 1 : 0;
    }
    int[][] whole = new int[line.length][];
    for (int c = 0; c < line.length; c++) {
      whole[c] = new int[] {0, c};
    }
    if (count == 1) {
      int[] partner = smallestVisible(table, hidden, whole);
      if (partner != null) {
        hidden[0][partner[1]] = true;
      }
    }
    return hidden[0];
  }

  /**
   * The lines whose entries add up: each row with its total, each column with its total, the row
   * totals with the grand total, the column totals with the grand total.
   */
  private static List<int[][]> lines(int rows, int columns) {
    List<int[][]> lines = new ArrayList<>();
    // A table of one row is still a line, its entries adding up to its total; of one column too.
    for (int r = 0; columns >= 2 && r < rows; r++) {
      int[][] line = new int[columns][];
      for (int c = 0; c < columns; c++) {
        line[c] = new int[] {r, c};
      }
      lines.add(line);
    }
    for (int c = 0; rows >= 2 && c < columns; c++) {
      int[][] line = new int[rows][];
      for (int r = 0; r < rows; r++) {
        line[r] = new int[] {r, c};
      }
      lines.add(line);
    }
    return lines;
  }

  /**
   * The visible entry of a line to hide as well: the smallest non-zero inner entry, else the total
   * (the last entry), so that the hidden one cannot be had by subtraction.
   */
  private static int[] smallestVisible(long[][] table, boolean[][] hidden, int[][] line) {
    int[] best = null;
    for (int i = 0; i < line.length - 1; i++) {
      int[] at = line[i];
      long n = table[at[0]][at[1]];
      if (!hidden[at[0]][at[1]] && n > 0 && (best == null || n < table[best[0]][best[1]])) {
        best = at;
      }
    }
    if (best != null) {
      return best;
    }
    int[] total = line[line.length - 1];
    return hidden[total[0]][total[1]] ? null : total;
  }
}
