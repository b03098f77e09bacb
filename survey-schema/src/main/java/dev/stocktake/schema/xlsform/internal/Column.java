package dev.stocktake.schema.xlsform.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A column header understood: its canonical key (e.g. {@code label}, {@code list_name}, {@code
 * stocktake::type}) and, for translated columns, the language as written after {@code ::} or {@code
 * :} (empty for the form's default language).
 *
 * @param written the header as written, for messages
 */
public record Column(String key, String language, String written) {

  /** Columns that carry one text per language. */
  private static final Set<String> TRANSLATED =
      Set.of(
          "label",
          "hint",
          "guidance_hint",
          "constraint_message",
          "required_message",
          "image",
          "audio",
          "video",
          "media::image",
          "stocktake::title",
          "title");

  private static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("list", "list_name"),
          Map.entry("relevance", "relevant"),
          Map.entry("readonly", "read_only"),
          Map.entry("constraintmsg", "constraint_message"),
          Map.entry("jr:constraintmsg", "constraint_message"),
          Map.entry("requiredmsg", "required_message"),
          Map.entry("jr:requiredmsg", "required_message"),
          Map.entry("caption", "label"));

  /** Parses a header cell: case, spacing, {@code bind:} and {@code control:} prefixes tolerated. */
  public static Column parse(String header) {
    String written = header.replace("\uFEFF", "").strip();
    String lower = written.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (lower.startsWith("stocktake::")) {
      String rest = written.substring("stocktake::".length()).strip();
      int sep = rest.indexOf("::");
      String key = (sep < 0 ? rest : rest.substring(0, sep)).strip().toLowerCase(Locale.ROOT);
      return new Column(
          "stocktake::" + key, sep < 0 ? "" : rest.substring(sep + 2).strip(), written);
    }
    String base = written;
    String language = "";
    int sep = written.indexOf("::");
    if (sep >= 0) {
      base = written.substring(0, sep);
      language = written.substring(sep + 2).strip();
    } else {
      for (String prefix : new String[] {"bind:", "control:", "body:"}) {
        if (lower.startsWith(prefix)) {
          base = written.substring(prefix.length());
          lower = lower.substring(prefix.length());
        }
      }
      int colon = base.indexOf(':');
      if (colon > 0 && TRANSLATED.contains(key(base.substring(0, colon)))) {
        language = base.substring(colon + 1).strip();
        base = base.substring(0, colon);
      }
    }
    return new Column(key(base), language, written);
  }

  private static String key(String base) {
    String key = base.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "_");
    return ALIASES.getOrDefault(key, key);
  }

  public boolean isTranslated() {
    return TRANSLATED.contains(key);
  }
}
