package dev.stocktake.schema.validate;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;

/** Identifier rules and "did you mean" suggestions shared by the validators. */
final class Names {
  static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");
  static final Pattern ITEM_ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");
  static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
  static final Pattern DUE = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");

  private Names() {}

  /** The known name closest to {@code name}, if it is close enough to be a likely typo. */
  static Optional<String> closest(String name, Collection<String> known) {
    return known.stream()
        .min(Comparator.comparingInt(k -> distance(name, k)))
        .filter(k -> distance(name, k) <= Math.max(2, name.length() / 3));
  }

  static String suggestion(String name, Collection<String> known) {
    return closest(name, known).map(k -> " (did you mean \"" + k + "\"?)").orElse("");
  }

  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
