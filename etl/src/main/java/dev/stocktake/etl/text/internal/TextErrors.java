package dev.stocktake.etl.text.internal;

import java.util.regex.PatternSyntaxException;

/**
 * The messages of {@code dev.stocktake.etl.text}, in one place: where (codebook, theme, language,
 * rule), what is wrong, and how to fix it.
 */
public final class TextErrors {
  private TextErrors() {}

  public static IllegalArgumentException badPattern(
      String codebook,
      String theme,
      String language,
      int index,
      String pattern,
      PatternSyntaxException cause) {
    return new IllegalArgumentException(
        rule(codebook, theme, language, "patterns", index)
            + ": \""
            + pattern
            + "\" is not a valid regular expression ("
            + cause.getDescription()
            + " near index "
            + cause.getIndex()
            + "); write it in Java syntax, e.g. \\bunder-?resourced\\b",
        cause);
  }

  public static IllegalArgumentException noWords(
      String codebook, String theme, String language, String kind, int index, String value) {
    return new IllegalArgumentException(
        rule(codebook, theme, language, kind, index)
            + ": \""
            + value
            + "\" has no words (letters or digits), so it could never match; remove it or use a"
            + " pattern");
  }

  public static IllegalArgumentException badCampaignSettings(
      String field, Number value, String expected) {
    return new IllegalArgumentException(
        "campaigns." + field + ": " + value + " is out of range; it must be " + expected);
  }

  public static IllegalArgumentException duplicateKey(String key) {
    return new IllegalArgumentException(
        "answer key \""
            + key
            + "\" is given twice; each answer needs its own key (round|respondent|question)");
  }

  private static String rule(
      String codebook, String theme, String language, String kind, int index) {
    return "codebook "
        + codebook
        + ", theme "
        + theme
        + ", rules "
        + language
        + "."
        + kind
        + "["
        + index
        + "]";
  }
}
