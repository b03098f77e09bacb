package dev.stocktake.etl.stats;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Wilcoxon signed-rank test of paired data with the normal approximation, as R's {@code
 * wilcox.test(x, y, paired = TRUE, exact = FALSE, correct = TRUE)}: zero differences {@code x − y}
 * are dropped, the n others ranked by absolute value (average ranks for ties), V is the rank sum of
 * the positive ones, {@code z = (V − n(n + 1)/4 − sign·½) / σ} with {@code σ² = n(n + 1)(2n + 1)/24
 * − Σ(t³ − t)/48} over tie groups of size t, and {@code p = 2·Φ(−|z|)}.
 *
 * <p>The effect is the matched-pairs rank-biserial correlation (Kerby's simple difference) {@code r
 * = (V − (T − V)) / T = 4V / (n(n + 1)) − 1}, T = n(n + 1)/2 being the sum of all ranks: in [−1,
 * 1], positive when x tends to exceed y. When every difference is zero R's p is NaN; here it is
 * {@link TestResult.Status#NO_VARIATION} with V = 0, p = 1 and r = 0. No pairs at all (R stops) is
 * {@link TestResult.Status#NOT_APPLICABLE}.
 */
public final class SignedRank {
  /** The value of {@link TestResult#test()}. */
  public static final String TEST = "wilcoxon-signed-rank";

  /** The value of {@link TestResult#effectName()}: r = 4V / (n(n + 1)) − 1. */
  public static final String EFFECT = "matched-pairs-rank-biserial";

  private SignedRank() {}

  /** Tests the paired differences {@code x[i] − y[i]}; they must be finite. */
  public static TestResult fromDifferences(double[] differences) {
    double[] magnitudes = new double[differences.length];
    for (int i = 0; i < differences.length; i++) {
      if (!Double.isFinite(differences[i])) {
        throw new IllegalArgumentException(
            TEST + ": differences[" + i + "] = " + differences[i] + "; values must be finite");
      }
      magnitudes[i] = Math.abs(differences[i]);
    }
    Arrays.sort(magnitudes);
    int distinct = 0;
    for (int i = 0; i < magnitudes.length; i++) {
      if (distinct == 0 || magnitudes[i] != magnitudes[distinct - 1]) {
        magnitudes[distinct++] = magnitudes[i];
      }
    }
    magnitudes = Arrays.copyOf(magnitudes, distinct);
    long[] positive = new long[distinct];
    long[] negative = new long[distinct];
    long zeros = 0;
    for (double d : differences) {
      if (d == 0) {
        zeros++;
      } else {
        int level = Arrays.binarySearch(magnitudes, Math.abs(d));
        if (d > 0) {
          positive[level]++;
        } else {
          negative[level]++;
        }
      }
    }
    return test(positive, negative, zeros);
  }

  /**
   * Tests paired ordinal answers given as how many pairs had each integer difference {@code x − y}
   * (e.g. level in the second round minus level in the first); counts must be ≥ 0.
   */
  public static TestResult fromDifferenceCounts(Map<Integer, Long> countByDifference) {
    TreeMap<Long, long[]> byMagnitude = new TreeMap<>();
    long zeros = 0;
    for (Map.Entry<Integer, Long> entry : countByDifference.entrySet()) {
      long difference = entry.getKey();
      long count = entry.getValue();
      if (count < 0) {
        throw new IllegalArgumentException(
            TEST + ": count of difference " + difference + " = " + count + "; counts must be >= 0");
      }
      if (difference == 0) {
        zeros += count;
      } else {
        long[] signs = byMagnitude.computeIfAbsent(Math.abs(difference), m -> new long[2]);
        signs[difference > 0 ? 0 : 1] += count;
      }
    }
    long[] positive = new long[byMagnitude.size()];
    long[] negative = new long[byMagnitude.size()];
    int level = 0;
    for (long[] signs : byMagnitude.values()) {
      positive[level] = signs[0];
      negative[level] = signs[1];
      level++;
    }
    return test(positive, negative, zeros);
  }

  /** The test over non-zero differences grouped by ascending magnitude. */
  private static TestResult test(long[] positive, long[] negative, long zeros) {
    long twiceV = 0;
    long below = 0;
    double ties = 0;
    for (int k = 0; k < positive.length; k++) {
      long t = Math.addExact(positive[k], negative[k]);
      if (t == 0) {
        continue;
      }
      twiceV = Math.addExact(twiceV, Math.multiplyExact(positive[k], 2 * below + t + 1));
      double td = t;
      ties += td * td * td - td;
      below += t;
    }
    double n = below;
    double v = twiceV / 2.0;
    if (below == 0) {
      return zeros == 0
          ? TestResult.notApplicable(TEST, EFFECT, Double.NaN)
          : new TestResult(TEST, v, Double.NaN, 1.0, EFFECT, 0.0, TestResult.Status.NO_VARIATION);
    }
    double effect = 4 * v / (n * (n + 1)) - 1;
    double z = v - n * (n + 1) / 4;
    double sigma = Math.sqrt(n * (n + 1) * (2 * n + 1) / 24 - ties / 48);
    z = (z - Math.signum(z) * 0.5) / sigma;
    return new TestResult(
        TEST, v, Double.NaN, Tails.normalTwoSided(z), EFFECT, effect, TestResult.Status.OK);
  }
}
