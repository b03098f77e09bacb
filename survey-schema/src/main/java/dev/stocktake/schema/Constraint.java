package dev.stocktake.schema;

/**
 * Limits on an answer: {@code min}/{@code max} for numbers and dates (kept as written, checked
 * against the question type by validation), {@code pattern} and {@code maxLength} for text.
 */
public record Constraint(String min, String max, String pattern, Integer maxLength) {

  /** The limits as people read them, e.g. {@code min 0, max 100}. */
  public String describe() {
    java.util.List<String> parts = new java.util.ArrayList<>();
    if (min != null) {
      parts.add("min " + min);
    }
    if (max != null) {
      parts.add("max " + max);
    }
    if (pattern != null) {
      parts.add("pattern " + pattern);
    }
    if (maxLength != null) {
      parts.add("max_length " + maxLength);
    }
    return parts.isEmpty() ? "none" : String.join(", ", parts);
  }
}
