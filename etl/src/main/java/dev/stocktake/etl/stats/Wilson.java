package dev.stocktake.etl.stats;

import org.apache.commons.math3.special.Erf;

/**
 * The Wilson score interval for a proportion, as R's {@code prop.test(x, n, correct =
 * FALSE)$conf.int}: the same formula, including R's rule that the lower bound is exactly 0 when x =
 * 0 and the upper bound exactly 1 when x = n.
 */
public final class Wilson {
  private Wilson() {}

  /** A two-sided confidence interval for a proportion. */
  public record Interval(double lower, double upper) {}

  /**
   * The 95% interval of {@code x} successes in {@code n} trials; see {@link #interval(long, long,
   * double)}.
   */
  public static Interval interval(long x, long n) {
    return interval(x, n, 0.95);
  }

  /**
   * The interval of {@code x} successes in {@code n} trials at the given confidence level.
   *
   * <p>With n = 0 there is no proportion: the interval is (NaN, NaN), where R stops with "elements
   * of 'n' must be positive".
   */
  public static Interval interval(long x, long n, double confidence) {
    if (n < 0 || x < 0 || x > n) {
      throw new IllegalArgumentException("wilson: x = " + x + ", n = " + n + "; need 0 <= x <= n");
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException(
          "wilson: confidence = " + confidence + "; need a level strictly between 0 and 1");
    }
    if (n == 0) {
      return new Interval(Double.NaN, Double.NaN);
    }
    // qnorm((1 + confidence) / 2) = √2 · erfinv(confidence).
    double z = Math.sqrt(2.0) * Erf.erfInv(confidence);
    double nn = n;
    double estimate = x / nn;
    double z22n = z * z / (2 * nn);
    double spread = z * Math.sqrt(estimate * (1 - estimate) / nn + z22n / (2 * nn));
    double upper = estimate >= 1 ? 1 : (estimate + z22n + spread) / (1 + 2 * z22n);
    double lower = estimate <= 0 ? 0 : (estimate + z22n - spread) / (1 + 2 * z22n);
    return new Interval(Math.max(lower, 0), Math.min(upper, 1));
  }
}
