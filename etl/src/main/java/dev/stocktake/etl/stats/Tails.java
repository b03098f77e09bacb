package dev.stocktake.etl.stats;

import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.special.Gamma;

/**
 * Upper tails of the chi-square and normal distributions, computed directly rather than as {@code 1
 * - cdf}, which would lose every digit of a p below 1e-16.
 */
final class Tails {
  private static final double SQRT2 = Math.sqrt(2.0);

  private Tails() {}

  /** R's {@code pchisq(x, df, lower.tail = FALSE)}. */
  static double chiSquareUpper(double x, double df) {
    if (x <= 0) {
      return 1.0;
    }
    return Gamma.regularizedGammaQ(df / 2, x / 2);
  }

  /** R's {@code 2 * min(pnorm(z), pnorm(z, lower.tail = FALSE))}, i.e. {@code erfc(|z| / √2)}. */
  static double normalTwoSided(double z) {
    return Erf.erfc(Math.abs(z) / SQRT2);
  }
}
