package dev.stocktake.etl.stats;

import org.apache.commons.math3.distribution.HypergeometricDistribution;

/**
 * Fisher's exact test for a 2×2 table, two-sided, as R's {@code fisher.test(matrix(c(a, c, b, d),
 * 2))$p.value}: given the margins, a is hypergeometric; p is the total probability of the tables
 * whose probability is at most that of the observed one times (1 + 1e-7), R's allowance for
 * rounding. Densities are R's own saddle-point ones (Loader's algorithm, as in {@code dhyper}),
 * normalised from their logarithms exactly as R does, so counts in the millions neither overflow
 * nor underflow before the end.
 *
 * <p>The effect is the sample odds ratio (a·d)/(b·c), not R's conditional maximum-likelihood
 * estimate: it is 0 or +∞ when one product is 0, NaN when both are.
 */
public final class FisherExact {
  /** The value of {@link TestResult#test()}. */
  public static final String TEST = "fisher-exact";

  /** The value of {@link TestResult#effectName()}: the sample odds ratio (a·d)/(b·c). */
  public static final String EFFECT = "odds-ratio";

  // R's tolerance for "as or less probable than the observed table".
  private static final double RELATIVE_ERROR = 1 + 1e-7;

  private FisherExact() {}

  /**
   * Tests independence in the table with first row (a, b) and second row (c, d).
   *
   * @throws IllegalArgumentException if a count is negative or the total exceeds 2³¹ − 1
   */
  public static TestResult twoByTwo(long a, long b, long c, long d) {
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
    long m = a + c;
    long n = b + d;
    long k = a + b;
    if (m + n > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          TEST + ": the table total " + (m + n) + " exceeds 2^31 - 1; use the chi-square test");
    }
    double oddsRatio = ((double) a * d) / ((double) b * c);
    int lo = (int) Math.max(0, k - n);
    int hi = (int) Math.min(k, m);
    if (lo == hi) {
      // The margins admit one table only.
      return new TestResult(
          TEST, Double.NaN, Double.NaN, 1.0, EFFECT, oddsRatio, TestResult.Status.OK);
    }
    HypergeometricDistribution h =
        new HypergeometricDistribution(null, (int) (m + n), (int) m, (int) k);
    double[] density = new double[hi - lo + 1];
    double max = Double.NEGATIVE_INFINITY;
    for (int x = lo; x <= hi; x++) {
      density[x - lo] = h.logProbability(x);
      max = Math.max(max, density[x - lo]);
    }
    double sum = 0;
    for (int i = 0; i < density.length; i++) {
      density[i] = Math.exp(density[i] - max);
      sum += density[i];
    }
    double threshold = density[(int) a - lo] / sum * RELATIVE_ERROR;
    double p = 0;
    for (double value : density) {
      double normalised = value / sum;
      if (normalised <= threshold) {
        p += normalised;
      }
    }
    // Rounding can carry the sum an ulp past 1; R leaves that, a probability may not.
    return new TestResult(
        TEST, Double.NaN, Double.NaN, Math.min(p, 1.0), EFFECT, oddsRatio, TestResult.Status.OK);
  }
}
