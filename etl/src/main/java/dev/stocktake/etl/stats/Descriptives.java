package dev.stocktake.etl.stats;

import java.util.Arrays;
import java.util.function.LongToDoubleFunction;

/**
 * The size, mean, median and quartiles of a numeric answer, as R's {@code mean}, {@code median} and
 * {@code quantile(x, c(0.25, 0.75), type = 7)}: the p-quantile interpolates linearly between the
 * order statistics around position {@code 1 + (n − 1)·p}.
 *
 * <p>With n = 0 every figure is NaN (R gives NaN for the mean and NA for the others).
 *
 * @param n the number of values
 * @param mean the arithmetic mean
 * @param median the median; the mean of the two middle values when n is even
 * @param q1 the first quartile, type 7
 * @param q3 the third quartile, type 7
 */
public record Descriptives(long n, double mean, double median, double q1, double q3) {

  /**
   * Describes values given as counts per distinct value.
   *
   * @param values the distinct values, strictly increasing and finite
   * @param counts how many times each value occurs, ≥ 0
   */
  public static Descriptives ofCounts(double[] values, long[] counts) {
    if (values.length != counts.length) {
      throw new IllegalArgumentException(
          "descriptives: "
              + values.length
              + " values but "
              + counts.length
              + " counts; give one count per value");
    }
    long n = 0;
    for (int k = 0; k < values.length; k++) {
      if (!Double.isFinite(values[k]) || (k > 0 && !(values[k] > values[k - 1]))) {
        throw new IllegalArgumentException(
            "descriptives: values["
                + k
                + "] = "
                + values[k]
                + "; values must be finite and strictly increasing");
      }
      if (counts[k] < 0) {
        throw new IllegalArgumentException(
            "descriptives: counts[" + k + "] = " + counts[k] + "; counts must be >= 0");
      }
      n = Math.addExact(n, counts[k]);
    }
    long[] cumulative = new long[counts.length];
    for (int k = 0; k < counts.length; k++) {
      cumulative[k] = (k == 0 ? 0 : cumulative[k - 1]) + counts[k];
    }
    // The value at 1-based position j of the sorted data: the first level whose cumulative count
    // reaches j.
    LongToDoubleFunction at =
        j -> {
          int k = Arrays.binarySearch(cumulative, j);
          if (k < 0) {
            k = -k - 1;
          }
          while (k > 0 && cumulative[k - 1] == j) {
            k--; // earlier levels with count 0 share the cumulative count
          }
          return values[k];
        };
    double sum = 0;
    for (int k = 0; k < values.length; k++) {
      sum += counts[k] * values[k];
    }
    double mean = sum / n;
    // R's second pass: add the mean residual, which recovers digits the first sum lost.
    double residual = 0;
    for (int k = 0; k < values.length; k++) {
      residual += counts[k] * (values[k] - mean);
    }
    return describe(n, mean + residual / n, at);
  }

  /** Describes raw values; they must be finite (R would need {@code na.rm = TRUE}). */
  public static Descriptives of(double[] values) {
    double[] sorted = values.clone();
    double sum = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (!Double.isFinite(sorted[i])) {
        throw new IllegalArgumentException(
            "descriptives: values[" + i + "] = " + sorted[i] + "; values must be finite");
      }
      sum += sorted[i];
    }
    Arrays.sort(sorted);
    double mean = sum / sorted.length;
    double residual = 0;
    for (double value : sorted) {
      residual += value - mean;
    }
    return describe(sorted.length, mean + residual / sorted.length, j -> sorted[(int) j - 1]);
  }

  private static Descriptives describe(long n, double mean, LongToDoubleFunction at) {
    if (n == 0) {
      return new Descriptives(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    long half = (n + 1) / 2;
    double median =
        n % 2 == 1
            ? at.applyAsDouble(half)
            : (at.applyAsDouble(half) + at.applyAsDouble(half + 1)) / 2;
    return new Descriptives(n, mean, median, quantile(n, at, 0.25), quantile(n, at, 0.75));
  }

  /** R's type-7 quantile of the n sorted values {@code at(1) ≤ … ≤ at(n)}. */
  private static double quantile(long n, LongToDoubleFunction at, double probability) {
    double index = 1 + (n - 1) * probability;
    long lo = (long) Math.floor(index);
    long hi = (long) Math.ceil(index);
    double low = at.applyAsDouble(lo);
    double high = at.applyAsDouble(hi);
    if (index > lo && high != low) {
      double h = index - lo;
      return (1 - h) * low + h * high;
    }
    return low;
  }
}
