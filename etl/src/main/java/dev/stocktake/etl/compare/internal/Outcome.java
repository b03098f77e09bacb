package dev.stocktake.etl.compare.internal;

/**
 * The result of one test as a findings row needs it; {@code note} says why a test could not be run
 * (then the figures are null).
 */
public record Outcome(
    String test,
    Double statistic,
    Double df,
    Double p,
    String effectName,
    Double effect,
    String note) {

  static Outcome notApplicable(String test, String note) {
    return new Outcome(test, null, null, null, null, null, note);
  }
}
