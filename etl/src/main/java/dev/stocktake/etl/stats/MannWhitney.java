package dev.stocktake.etl.stats;

import java.util.Arrays;

/**
 * The Mann–Whitney (Wilcoxon rank-sum) test of two independent samples with the normal
 * approximation, as R's {@code wilcox.test(x, y, exact = FALSE, correct = TRUE)}: W is the rank sum
 * of x minus n1(n1 + 1)/2 (average ranks for ties), {@code z = (W − n1·n2/2 − sign·½) / σ} with
 * {@code σ² = n1·n2/12 · (n1 + n2 + 1 − Σ(t³ − t) / ((n1 + n2)(n1 + n2 − 1)))} over tie groups of
 * size t, and {@code p = 2·Φ(−|z|)}.
 *
 * <p>The effect is the rank-biserial correlation {@code r = 2W / (n1·n2) − 1}, in [−1, 1]: positive
 * when x tends to be larger than y. When every observation is tied σ is 0 and R's p is NaN; here it
 * is {@link TestResult.Status#NO_VARIATION} with p = 1, W as R computes it and r = 0. An empty
 * sample (R stops) is {@link TestResult.Status#NOT_APPLICABLE}.
 */
public final class MannWhitney {
  /** The value of {@link TestResult#test()}. */
  public static final String TEST = "mann-whitney";

  /** The value of {@link TestResult#effectName()}: r = 2W / (n1·n2) − 1. */
  public static final String EFFECT = "rank-biserial";

  private MannWhitney() {}

  /**
   * Tests two samples given as counts over the same ordered levels (e.g. Likert 1..5): x[k] and
   * y[k] are how many of each sample answered level k, lowest level first.
   */
  public static TestResult fromCounts(long[] x, long[] y) {
    if (x.length != y.length) {
      throw new IllegalArgumentException(
          TEST
              + ": x has "
              + x.length
              + " levels, y has "
              + y.length
              + "; give counts over the same levels");
    }
    long n1 = 0;
    long n2 = 0;
    for (int k = 0; k < x.length; k++) {
      if (x[k] < 0 || y[k] < 0) {
        throw new IllegalArgumentException(
            TEST
                + ": x["
                + k
                + "] = "
                + x[k]
                + ", y["
                + k
                + "] = "
                + y[k]
                + "; counts must be >= 0");
      }
      n1 = Math.addExact(n1, x[k]);
      n2 = Math.addExact(n2, y[k]);
    }
    if (n1 == 0 || n2 == 0) {
      return TestResult.notApplicable(TEST, EFFECT, Double.NaN);
    }
    // Twice x's rank sum, exact: a level holding t observations after `below` others has the
    // average rank below + (t + 1)/2.
    long twiceRankSum = 0;
    long below = 0;
    double ties = 0;
    int occupiedLevels = 0;
    for (int k = 0; k < x.length; k++) {
      long t = x[k] + y[k];
      if (t == 0) {
        continue;
      }
      occupiedLevels++;
      twiceRankSum = Math.addExact(twiceRankSum, Math.multiplyExact(x[k], 2 * below + t + 1));
      double td = t;
      ties += td * td * td - td;
      below += t;
    }
    double nx = n1;
    double ny = n2;
    double w = (twiceRankSum - nx * (nx + 1)) / 2;
    double effect = 2 * w / (nx * ny) - 1;
    if (occupiedLevels == 1) {
      return new TestResult(
          TEST, w, Double.NaN, 1.0, EFFECT, effect, TestResult.Status.NO_VARIATION);
    }
    double z = w - nx * ny / 2;
    double sigma = Math.sqrt((nx * ny / 12) * ((nx + ny + 1) - ties / ((nx + ny) * (nx + ny - 1))));
    z = (z - Math.signum(z) * 0.5) / sigma;
    return new TestResult(
        TEST, w, Double.NaN, Tails.normalTwoSided(z), EFFECT, effect, TestResult.Status.OK);
  }

  /** Tests two samples of raw values; values must be finite (R would silently drop NA). */
  public static TestResult fromSamples(double[] x, double[] y) {
    requireFinite("x", x);
    requireFinite("y", y);
    double[] levels = new double[x.length + y.length];
    System.arraycopy(x, 0, levels, 0, x.length);
    System.arraycopy(y, 0, levels, x.length, y.length);
    Arrays.sort(levels);
    // Distinct values by ==, as R's rank() ties them (so -0.0 and 0.0 are one level).
    int distinct = 0;
    for (int i = 0; i < levels.length; i++) {
      if (i == 0 || levels[i] != levels[distinct - 1]) {
        levels[distinct++] = levels[i];
      }
    }
    levels = Arrays.copyOf(levels, distinct);
    return fromCounts(countByLevel(x, levels), countByLevel(y, levels));
  }

  private static long[] countByLevel(double[] values, double[] levels) {
    long[] counts = new long[levels.length];
    for (double value : values) {
      counts[levelOf(levels, value)]++;
    }
    return counts;
  }

  private static int levelOf(double[] levels, double value) {
    // Binary search by <, so that -0.0 finds the level 0.0.
    int lo = 0;
    int hi = levels.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (levels[mid] < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static void requireFinite(String field, double[] values) {
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException(
            TEST + ": " + field + "[" + i + "] = " + values[i] + "; values must be finite");
      }
    }
  }
}
