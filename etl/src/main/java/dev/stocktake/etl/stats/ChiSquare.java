package dev.stocktake.etl.stats;

/**
 * Pearson's chi-square test of homogeneity of an r×c table of counts, with Cramér's V, as R's
 * {@code chisq.test(tab, correct = FALSE)}: expected counts {@code E = rowSum · colSum / N},
 * statistic {@code Σ (x − E)² / E}, df {@code (r − 1)(c − 1)}, upper chi-square tail.
 *
 * <p>Rows and columns whose total is 0 (a group with no answers, a choice nobody took) are dropped
 * first, where R would return NaN because an expected count is 0. If fewer than two rows or two
 * columns remain the result is {@link TestResult.Status#NOT_APPLICABLE}.
 */
public final class ChiSquare {
  /** The value of {@link TestResult#test()}. */
  public static final String TEST = "chi-square";

  /** The value of {@link TestResult#effectName()}: V = √(X² / (N · (min(r, c) − 1))). */
  public static final String EFFECT = "cramers-v";

  private ChiSquare() {}

  /**
   * Tests whether the rows (groups, rounds) share one distribution over the columns (choices).
   *
   * @param counts counts[row][column], rectangular, every count ≥ 0
   */
  public static TestResult homogeneity(long[][] counts) {
    long[][] table = withoutEmptyLines(counts);
    int rows = table.length;
    int columns = rows == 0 ? 0 : table[0].length;
    if (rows < 2 || columns < 2) {
      return TestResult.notApplicable(TEST, EFFECT, Double.NaN);
    }
    double[] rowSums = new double[rows];
    double[] columnSums = new double[columns];
    double total = 0;
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < columns; j++) {
        rowSums[i] += table[i][j];
        columnSums[j] += table[i][j];
        total += table[i][j];
      }
    }
    double statistic = 0;
    // Column by column, the order in which R's sum() walks a matrix.
    for (int j = 0; j < columns; j++) {
      for (int i = 0; i < rows; i++) {
        double expected = rowSums[i] * columnSums[j] / total;
        double deviation = table[i][j] - expected;
        statistic += deviation * deviation / expected;
      }
    }
    double df = (rows - 1.0) * (columns - 1.0);
    double v = Math.sqrt(statistic / (total * (Math.min(rows, columns) - 1)));
    return new TestResult(
        TEST, statistic, df, Tails.chiSquareUpper(statistic, df), EFFECT, v, TestResult.Status.OK);
  }

  private static long[][] withoutEmptyLines(long[][] counts) {
    if (counts == null || counts.length == 0) {
      return new long[0][0];
    }
    int columns = counts[0].length;
    long[] rowSums = new long[counts.length];
    long[] columnSums = new long[columns];
    for (int i = 0; i < counts.length; i++) {
      if (counts[i].length != columns) {
        throw new IllegalArgumentException(
            TEST
                + ": counts["
                + i
                + "] has "
                + counts[i].length
                + " columns, counts[0] has "
                + columns
                + "; the table must be rectangular");
      }
      for (int j = 0; j < columns; j++) {
        if (counts[i][j] < 0) {
          throw new IllegalArgumentException(
              TEST + ": counts[" + i + "][" + j + "] = " + counts[i][j] + "; counts must be >= 0");
        }
        rowSums[i] = Math.addExact(rowSums[i], counts[i][j]);
        columnSums[j] = Math.addExact(columnSums[j], counts[i][j]);
      }
    }
    int keptColumns = 0;
    for (long sum : columnSums) {
      keptColumns += sum > 0 ? 1 : 0;
    }
    int keptRows = 0;
    for (long sum : rowSums) {
      keptRows += sum > 0 ? 1 : 0;
    }
    long[][] table = new long[keptRows][keptColumns];
    int r = 0;
    for (int i = 0; i < counts.length; i++) {
      if (rowSums[i] == 0) {
        continue;
      }
      int c = 0;
      for (int j = 0; j < columns; j++) {
        if (columnSums[j] > 0) {
          table[r][c++] = counts[i][j];
        }
      }
      r++;
    }
    return table;
  }
}
