package dev.stocktake.etl.stats;

/**
 * The outcome of one hypothesis test, shaped as one row of a results table: the statistic,
 * parameter (df) and p.value of R's {@code htest} object, plus an effect size R does not report.
 *
 * @param test the test, e.g. {@code "chi-square"}; each test class names its value in {@code TEST}
 * @param statistic the test statistic as R reports it (X-squared, W, V); NaN for Fisher's exact
 *     test, which has none, and when not applicable
 * @param df degrees of freedom; NaN for tests without them and when not applicable
 * @param p the two-sided p-value in [0, 1]; never NaN (see {@link Status})
 * @param effectName the effect size, e.g. {@code "cramers-v"}; each test class names it in {@code
 *     EFFECT}
 * @param effect the effect size; NaN only where it is undefined (documented per test)
 * @param status whether the figures are R's or a defined value where R has none
 */
public record TestResult(
    String test,
    double statistic,
    double df,
    double p,
    String effectName,
    double effect,
    Status status) {

  /** How the figures relate to R's. */
  public enum Status {
    /** Every figure is what R computes. */
    OK,
    /**
     * Every observation is tied (all answers identical, all paired differences zero): R's p is NaN
     * because the variance of the statistic is 0; here p is 1, the statistic is R's.
     */
    NO_VARIATION,
    /**
     * The data cannot support the test (fewer than two non-empty groups or categories, an empty
     * sample, no discordant pairs), where R gives NaN or stops: statistic and df are NaN, p is 1 so
     * the row still sorts and adjusts, and the effect is given only if it is defined.
     */
    NOT_APPLICABLE
  }

  public TestResult {
    if (test == null || test.isBlank()) {
      throw new IllegalArgumentException("test: a test name is required");
    }
    if (effectName == null || effectName.isBlank()) {
      throw new IllegalArgumentException("effectName: an effect name is required");
    }
    if (status == null) {
      throw new IllegalArgumentException("status: a status is required");
    }
    // The contract of the package: a p is a probability, never NaN.
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException(test + ": p = " + p + " is not in [0, 1]");
    }
  }

  /** A result for data that cannot support the test; see {@link Status#NOT_APPLICABLE}. */
  static TestResult notApplicable(String test, String effectName, double effect) {
    return new TestResult(
        test, Double.NaN, Double.NaN, 1.0, effectName, effect, Status.NOT_APPLICABLE);
  }

  /**
   * Whether the test could be run on the data; false exactly when {@link Status#NOT_APPLICABLE}.
   */
  public boolean applicable() {
    return status != Status.NOT_APPLICABLE;
  }
}
