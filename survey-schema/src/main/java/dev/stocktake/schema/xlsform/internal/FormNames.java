package dev.stocktake.schema.xlsform.internal;

import java.util.Locale;

/** How a form's names become Stocktake ids, in one place for the import and for whoever matches. */
public final class FormNames {
  private FormNames() {}

  /**
   * A Stocktake id for a form name: lower case, other characters as {@code _}, and {@code prefix_}
   * before a name that does not start with a letter.
   */
  public static String slug(String name, String prefix) {
    String s = name.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    if (s.isEmpty() || s.charAt(0) < 'a' || s.charAt(0) > 'z') {
      s = prefix + "_" + s;
    }
    return s;
  }
}
