package dev.stocktake.etl.stats;

/**
 * McNemar's test for a 2×2 table of paired answers with continuity correction, as R's {@code
 * mcnemar.test(matrix(c(a, c, b, d), 2))}: statistic {@code (|b − c| − 1)² / (b + c)}, df 1, upper
 * chi-square tail. Like R, the continuity correction is left out when b = c (the statistic is then
 * 0 and p 1).
 *
 * <p>Rows are the first answer, columns the second, first row and column the "yes" level: a =
 * yes→yes, b = yes→no, c = no→yes, d = no→no. The effect is the change in the proportion of "yes",
 * {@code (c − b) / N}: positive when "yes" became more frequent. With no discordant pairs (b + c =
 * 0) R's statistic is NaN; here the result is {@link TestResult.Status#NOT_APPLICABLE} with p = 1
 * and the change (0) still given when N > 0.
 */
public final class McNemar {
  /** The value of {@link TestResult#test()}. */
  public static final String TEST = "mcnemar";

  /** The value of {@link TestResult#effectName()}: (c − b) / N. */
  public static final String EFFECT = "change-of-proportion";

  private McNemar() {}

  /** Tests the paired table with first row (a, b) and second row (c, d). */
  public static TestResult test(long a, long b, long c, long d) {
    if (a < 0 || b < 0 || c < 0 || d < 0) {
      throw new IllegalArgumentException(
          TEST
              + ": a = "
              + a
              + ", b = "
              + b
              + ", c = "
              + c
              + ", d = "
              + d
              + "; counts must be >= 0");
    }
    double total = (double) a + b + c + d;
    double change = ((double) c - b) / total;
    if (b + c == 0) {
      return TestResult.notApplicable(TEST, EFFECT, total > 0 ? change : Double.NaN);
    }
    // R corrects only an asymmetric table; with b = c the correction would make the statistic > 0.
    double excess = b == c ? 0 : Math.abs((double) b - c) - 1;
    double statistic = excess * excess / ((double) b + c);
    return new TestResult(
        TEST,
        statistic,
        1,
        Tails.chiSquareUpper(statistic, 1),
        EFFECT,
        change,
        TestResult.Status.OK);
  }
}
