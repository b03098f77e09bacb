package dev.stocktake.etl.compare.internal;

import dev.stocktake.etl.stats.BenjaminiHochberg;
import dev.stocktake.etl.stats.ChiSquare;
import dev.stocktake.etl.stats.Descriptives;
import dev.stocktake.etl.stats.FisherExact;
import dev.stocktake.etl.stats.MannWhitney;
import dev.stocktake.etl.stats.McNemar;
import dev.stocktake.etl.stats.SignedRank;
import dev.stocktake.etl.stats.TestResult;
import dev.stocktake.etl.stats.TwoProportions;
import dev.stocktake.etl.stats.Wilson;
import dev.stocktake.schema.findings.Comparison;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The comparison's choice of test for each kind of table, over the pure statistics of {@code
 * etl.stats}, with the test and effect names findings.json uses.
 */
final class Stats {
  private Stats() {}

  /**
   * Rounds × categories of a nominal question: chi-square test of homogeneity with Cramér's V, or
   * Fisher's exact test when the table is 2×2 (after empty categories are dropped) and an expected
   * count is below 5.
   */
  static Outcome homogeneity(long[][] table) {
    long[][] kept = dropEmptyColumns(table);
    if (kept[0].length == 2 && minExpected(kept) < 5) {
      return outcome(
          "fisher", FisherExact.twoByTwo(kept[0][0], kept[0][1], kept[1][0], kept[1][1]));
    }
    return outcome("chi_square", ChiSquare.homogeneity(table));
  }

  static Outcome mannWhitney(long[] from, long[] to) {
    // x is the later round, so a positive rank-biserial effect means answers moved up.
    return outcome("mann_whitney", MannWhitney.fromCounts(to, from));
  }

  static Outcome twoProportion(long x1, long n1, long x2, long n2) {
    return outcome("two_proportion", TwoProportions.test(x1, n1, x2, n2));
  }

  /** Later minus earlier differences of a panel, with how many respondents had each. */
  static Outcome signedRank(Map<Double, Long> differences) {
    boolean integral = differences.keySet().stream().allMatch(d -> d == Math.rint(d));
    if (integral) {
      Map<Integer, Long> counts = new HashMap<>();
      differences.forEach((d, n) -> counts.merge((int) Math.rint(d), n, Long::sum));
      return outcome("wilcoxon_signed_rank", SignedRank.fromDifferenceCounts(counts));
    }
    List<Double> all = new ArrayList<>();
    differences.forEach(
        (d, n) -> {
          for (long i = 0; i < n; i++) {
            all.add(d);
          }
        });
    return outcome(
        "wilcoxon_signed_rank",
        SignedRank.fromDifferences(all.stream().mapToDouble(Double::doubleValue).toArray()));
  }

  /** A yes/no panel: a = yes→yes, b = yes→no, c = no→yes, d = no→no. */
  static Outcome mcnemar(long a, long b, long c, long d) {
    return outcome("mcnemar", McNemar.test(a, b, c, d));
  }

  static double[] benjaminiHochberg(double[] p) {
    return BenjaminiHochberg.adjust(p);
  }

  /** The comparisons with their Benjamini–Hochberg adjusted p-values, as one family of tests. */
  static List<Comparison> adjust(List<Comparison> rows) {
    double[] p = rows.stream().mapToDouble(c -> c.p() == null ? Double.NaN : c.p()).toArray();
    double[] adjusted = benjaminiHochberg(p);
    List<Comparison> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Comparison c = rows.get(i);
      out.add(
          new Comparison(
              c.question(),
              c.fromRound(),
              c.toRound(),
              c.group(),
              c.design(),
              c.test(),
              c.choice(),
              c.nFrom(),
              c.nTo(),
              c.statistic(),
              c.df(),
              c.p(),
              Double.isNaN(adjusted[i]) ? null : adjusted[i],
              c.effectName(),
              c.effect(),
              c.merged(),
              c.note(),
              c.caveats()));
    }
    return out;
  }

  /** The Wilson 95% interval as {low, high}; NaNs become nulls for n = 0. */
  static Double[] wilson(long x, long n) {
    if (n == 0) {
      return new Double[] {null, null};
    }
    Wilson.Interval i = Wilson.interval(x, n);
    return new Double[] {i.lower(), i.upper()};
  }

  /** {n, mean, median, first quartile, third quartile} of values with counts (R type 7). */
  static double[] describe(double[] values, long[] counts) {
    Descriptives s = Descriptives.ofCounts(values, counts);
    return new double[] {s.n(), s.mean(), s.median(), s.q1(), s.q3()};
  }

  private static Outcome outcome(String test, TestResult r) {
    if (!r.applicable()) {
      return Outcome.notApplicable(test, "the data cannot support the test (" + r.status() + ")");
    }
    return new Outcome(
        test,
        finite(r.statistic()),
        finite(r.df()),
        r.p(),
        r.effectName().replace('-', '_'),
        finite(r.effect()),
        r.status() == TestResult.Status.OK ? null : "no variation: every answer is tied");
  }

  private static Double finite(double x) {
    return Double.isNaN(x) ? null : x;
  }

  private static long[][] dropEmptyColumns(long[][] table) {
    List<Integer> keep = new ArrayList<>();
    for (int j = 0; j < table[0].length; j++) {
      long sum = 0;
      for (long[] row : table) {
        sum += row[j];
      }
      if (sum > 0) {
        keep.add(j);
      }
    }
    long[][] out = new long[table.length][keep.size()];
    for (int i = 0; i < table.length; i++) {
      for (int k = 0; k < keep.size(); k++) {
        out[i][k] = table[i][keep.get(k)];
      }
    }
    return out;
  }

  private static double minExpected(long[][] t) {
    double total = 0;
    double[] rows = new double[t.length];
    double[] cols = new double[t[0].length];
    for (int i = 0; i < t.length; i++) {
      for (int j = 0; j < t[0].length; j++) {
        rows[i] += t[i][j];
        cols[j] += t[i][j];
        total += t[i][j];
      }
    }
    double min = Double.POSITIVE_INFINITY;
    for (double r : rows) {
      for (double c : cols) {
        min = Math.min(min, r * c / total);
      }
    }
    return min;
  }
}
