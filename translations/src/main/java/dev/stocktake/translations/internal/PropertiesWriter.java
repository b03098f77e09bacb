package dev.stocktake.translations.internal;

import java.util.Map;
import java.util.TreeMap;

/**
 * Writes bundle files that {@link BundleReader} reads back to exactly the same values: one {@code
 * key = value} a line, keys sorted, non-ASCII text as it is (UTF-8), and escaped only what the
 * reader would otherwise change — backslashes, line breaks, tabs, control characters, and
 * whitespace at either end of a value (which the reader trims).
 */
public final class PropertiesWriter {
  private PropertiesWriter() {}

  /**
   * The text of a bundle file.
   *
   * @param header comment lines, without their {@code #}
   * @param status the {@code meta.status} value, or null to write none
   * @param entries key to value; empty values are left out, since they read as untranslated
   */
  public static String write(Iterable<String> header, String status, Map<String, String> entries) {
    StringBuilder out = new StringBuilder();
    for (String line : header) {
      out.append(line.isEmpty() ? "#" : "# " + line).append('\n');
    }
    if (status != null) {
      out.append(BundleReader.STATUS_KEY).append(" = ").append(escape(status)).append('\n');
    }
    for (Map.Entry<String, String> e : new TreeMap<>(entries).entrySet()) {
      if (!e.getValue().isEmpty()) {
        out.append(e.getKey()).append(" = ").append(escape(e.getValue())).append('\n');
      }
    }
    return out.toString();
  }

  /** A value as it must be written after {@code key = } to read back unchanged. */
  public static String escape(String value) {
    int start = 0;
    while (start < value.length() && Character.isWhitespace(value.charAt(start))) {
      start++;
    }
    int end = value.length();
    while (end > start && Character.isWhitespace(value.charAt(end - 1))) {
      end--;
    }
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean edge = i < start || i >= end;
      if (c == '\\') {
        out.append("\\\\");
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c == ' ' && i < start && i < value.length() - 1) {
        out.append("\\ "); // not last: a trimmed "\ " at the end would read as a continuation
      } else if (edge || Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        out.append(String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
