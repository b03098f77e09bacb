package dev.stocktake.etl.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The one form answers and codebook rules are compared in, and its words. */
public final class TextNormaliser {
  private TextNormaliser() {}

  /**
   * NFKC, then case-folded with Locale.ROOT, whitespace runs collapsed to one space, trimmed.
   *
   * <p>NFKC first turns full-width letters, ligatures ({@code ﬁ}) and no-break spaces into their
   * plain forms; lower-casing with {@link Locale#ROOT} gives the same result whatever the JVM's
   * default locale (a Turkish one would otherwise turn {@code I} into a dotless {@code ı}). A null
   * text is the empty string.
   */
  public static String normalise(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(folded.length());
    boolean spacePending = false;
    for (int i = 0; i < folded.length(); ) {
      int cp = folded.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        spacePending = out.length() > 0;
      } else {
        if (spacePending) {
          out.append(' ');
          spacePending = false;
        }
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }

  /**
   * The words of a normalised text: maximal runs of Unicode letters, marks and digits (so Arabic,
   * accented French, Māori macrons are words), in order.
   *
   * <p>Everything else separates words: {@code l'été} is {@code l}, {@code été} and {@code
   * crisis-response} is {@code crisis}, {@code response}.
   */
  public static List<String> words(String normalised) {
    List<String> words = new ArrayList<>();
    if (normalised == null) {
      return words;
    }
    int start = -1;
    for (int i = 0; i < normalised.length(); ) {
      int cp = normalised.codePointAt(i);
      boolean inWord = isWordCharacter(cp);
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        words.add(normalised.substring(start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      words.add(normalised.substring(start));
    }
    return words;
  }

  private static boolean isWordCharacter(int cp) {
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}
