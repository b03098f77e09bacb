package dev.stocktake.schema.xlsform.internal;

import dev.stocktake.schema.Text;
import dev.stocktake.schema.xlsform.Unmapped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the parts of one import share: the file's name for refusals, the notes collected so far, and
 * the form's languages (each header's language as written, resolved to a BCP 47 tag).
 */
final class ImportContext {
  final String file;
  final String defaultLanguage;
  private final Map<String, String> tags = new LinkedHashMap<>();
  private final List<Unmapped> notes = new ArrayList<>();
  private final Map<String, Integer> rows = new java.util.HashMap<>();

  ImportContext(String file, String defaultLanguage) {
    this.file = file;
    this.defaultLanguage = defaultLanguage;
  }

  void note(String sheet, int row, String column, String name, String reason) {
    notes.add(new Unmapped(sheet, row, column, name, reason));
  }

  /** Remembers the survey row a question came from, for notes made after the walk. */
  void questionRow(String id, int row) {
    rows.put(id, row);
  }

  int questionRow(String id) {
    return rows.getOrDefault(id, 0);
  }

  List<Unmapped> notes() {
    return List.copyOf(notes);
  }

  /** Resolves every translated column's language of {@code table}, noting unknown names. */
  void learnLanguages(FormTable table, Set<String> keys) {
    for (Column column : table.columns()) {
      if (!keys.contains(column.key()) || tags.containsKey(column.language())) {
        continue;
      }
      String written = column.language();
      String tag =
          written.isEmpty()
              ? defaultLanguage
              : Languages.tagOf(written).orElseGet(() -> Languages.standIn(written));
      if (!written.isEmpty() && Languages.tagOf(written).isEmpty()) {
        note(
            table.sheet(),
            table.headerRow(),
            column.written(),
            "",
            "language \""
                + written
                + "\" is not a language name or code we know: kept as "
                + tag
                + "; write the header as label::"
                + written
                + " (<code>) with its BCP 47 code, or rename "
                + tag
                + " in the schema");
      }
      tags.put(written, tag);
    }
  }

  /** The form's languages in the order their columns first appear. */
  List<String> languages() {
    List<String> out = new ArrayList<>();
    tags.values()
        .forEach(
            t -> {
              if (!out.contains(t)) {
                out.add(t);
              }
            });
    return out;
  }

  /**
   * A text the import adds itself (e.g. the label of "other"), the same in every language: it is
   * not a missing translation of the form, so it is not counted as one.
   */
  Text ours(String english) {
    Map<String, String> out = new LinkedHashMap<>();
    List<String> all = languages();
    (all.isEmpty() ? List.of(defaultLanguage) : all).forEach(l -> out.put(l, english));
    return Text.of(out);
  }

  /** A text from the cells of a translated column, keyed by tag. */
  Text text(Map<String, String> byWritten) {
    Map<String, String> out = new LinkedHashMap<>();
    byWritten.forEach(
        (written, value) -> out.putIfAbsent(tags.getOrDefault(written, defaultLanguage), value));
    return Text.of(out);
  }

  /**
   * A Stocktake id for a form name: lower case, other characters as {@code _}, and {@code prefix_}
   * before a name that does not start with a letter.
   */
  static String slug(String name, String prefix) {
    return FormNames.slug(name, prefix);
  }

  /** {@code base}, or {@code base_2}, {@code base_3}... whichever is not taken yet. */
  static String unique(String base, Set<String> taken) {
    String id = base;
    for (int n = 2; taken.contains(id); n++) {
      id = base + "_" + n;
    }
    taken.add(id);
    return id;
  }
}
