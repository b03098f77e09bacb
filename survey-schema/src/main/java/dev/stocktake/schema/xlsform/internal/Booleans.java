package dev.stocktake.schema.xlsform.internal;

import java.util.Locale;
import java.util.Set;

/** XLSForm's ways of writing yes and no in {@code required} and similar cells. */
final class Booleans {
  private static final Set<String> TRUE = Set.of("yes", "true", "true()", "1", "y");
  private static final Set<String> FALSE = Set.of("no", "false", "false()", "0", "n");

  private Booleans() {}

  static boolean isTrue(String cell) {
    return TRUE.contains(cell.strip().toLowerCase(Locale.ROOT));
  }

  static boolean isFalse(String cell) {
    return FALSE.contains(cell.strip().toLowerCase(Locale.ROOT));
  }
}
