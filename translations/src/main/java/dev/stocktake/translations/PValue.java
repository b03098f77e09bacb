package dev.stocktake.translations;

/**
 * A p-value given as a message argument: {@link Messages#format} shows it as {@code p = 0.012}, or
 * {@code p < 0.001} when smaller, in the report's language. Findings' arguments of type {@code
 * p_value} are passed as {@code new PValue(x)}.
 */
public record PValue(double value) {
  public PValue {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException("value: a p-value is between 0 and 1, got " + value);
    }
  }
}
