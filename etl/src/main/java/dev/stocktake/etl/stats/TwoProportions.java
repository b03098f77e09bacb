package dev.stocktake.etl.stats;

/**
 * The chi-square test that two proportions are equal, as R's {@code prop.test(c(x1, x2), c(n1, n2),
 * correct = FALSE)}: expected counts from the pooled proportion {@code (x1 + x2) / (n1 + n2)},
 * statistic {@code Σ (x − E)² / E} over the 2×2 table of successes and failures, df 1.
 *
 * <p>The effect is the difference of proportions {@code x2/n2 − x1/n1}: positive when the second
 * group's proportion is larger. When a group is empty, or when no one or everyone succeeded (where
 * R stops or returns NaN), the result is {@link TestResult.Status#NOT_APPLICABLE}; the difference
 * is still given when both groups have members (it is then 0).
 */
public final class TwoProportions {
  /** The value of {@link TestResult#test()}. */
  public static final String TEST = "two-proportions";

  /** The value of {@link TestResult#effectName()}: p2 − p1. */
  public static final String EFFECT = "difference-of-proportions";

  private TwoProportions() {}

  /** Tests x1 successes of n1 against x2 successes of n2. */
  public static TestResult test(long x1, long n1, long x2, long n2) {
    if (x1 < 0 || x2 < 0 || x1 > n1 || x2 > n2) {
      throw new IllegalArgumentException(
          TEST
              + ": x1 = "
              + x1
              + ", n1 = "
              + n1
              + ", x2 = "
              + x2
              + ", n2 = "
              + n2
              + "; need 0 <= x <= n in each group");
    }
    if (n1 == 0 || n2 == 0) {
      return TestResult.notApplicable(TEST, EFFECT, Double.NaN);
    }
    double difference = (double) x2 / n2 - (double) x1 / n1;
    double pooled = ((double) x1 + x2) / ((double) n1 + n2);
    if (pooled == 0 || pooled == 1) {
      return TestResult.notApplicable(TEST, EFFECT, difference);
    }
    // Summed column by column as R's sum() walks cbind(x, n - x).
    double statistic =
        term(x1, n1 * pooled)
            + term(x2, n2 * pooled)
            + term(n1 - x1, n1 * (1 - pooled))
            + term(n2 - x2, n2 * (1 - pooled));
    return new TestResult(
        TEST,
        statistic,
        1,
        Tails.chiSquareUpper(statistic, 1),
        EFFECT,
        difference,
        TestResult.Status.OK);
  }

  private static double term(long observed, double expected) {
    double deviation = Math.abs(observed - expected);
    return deviation * deviation / expected;
  }
}
