package dev.stocktake.etl.stats;

import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Benjamini–Hochberg adjusted p-values (false discovery rate), as R's {@code p.adjust(p, method =
 * "BH")}: sorted from the largest, the i-th smallest of n becomes {@code min(1, min over j ≥ i of
 * n/j · p(j))}.
 *
 * <p>NaN entries (R's NA: tests not run) stay NaN and do not count in n, as in R. With at most one
 * p-value counted, the values are returned unchanged, as R does.
 */
public final class BenjaminiHochberg {
  private BenjaminiHochberg() {}

  /** The adjusted p-values, in the order given; the input is not changed. */
  public static double[] adjust(double[] p) {
    double[] adjusted = p.clone();
    for (int i = 0; i < p.length; i++) {
      if (!Double.isNaN(p[i]) && !(p[i] >= 0 && p[i] <= 1)) {
        throw new IllegalArgumentException(
            "benjamini-hochberg: p[" + i + "] = " + p[i] + "; p-values must be in [0, 1] or NaN");
      }
    }
    Integer[] order =
        IntStream.range(0, p.length)
            .filter(i -> !Double.isNaN(p[i]))
            .boxed()
            .sorted(Comparator.comparingDouble((Integer i) -> p[i]).reversed())
            .toArray(Integer[]::new);
    int n = order.length;
    if (n <= 1) {
      return adjusted;
    }
    double running = Double.POSITIVE_INFINITY;
    for (int r = 0; r < n; r++) {
      int rank = n - r; // the largest p has rank n
      running = Math.min(running, (double) n / rank * p[order[r]]);
      adjusted[order[r]] = Math.min(1, running);
    }
    return adjusted;
  }
}
