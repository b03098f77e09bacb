package dev.stocktake.schema.xlsform.internal;

import dev.stocktake.schema.Choice;
import dev.stocktake.schema.ChoiceList;
import dev.stocktake.schema.xlsform.internal.RawSheet.RawRow;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The choices sheet read into lists, keyed by their names in the form. */
final class ChoiceRows {

  /** One list as read: its schema id, codes renamed from the form's names, and its marker. */
  static final class Built {
    final String id;
    final String builtin;
    boolean ordered;
    final List<Choice> choices = new ArrayList<>();
    final Map<String, String> codes = new LinkedHashMap<>();
    final Map<String, Integer> renamedAt = new LinkedHashMap<>();

    Built(String id, String builtin) {
      this.id = id;
      this.builtin = builtin;
    }

    ChoiceList toList() {
      return new ChoiceList(id, ordered, choices);
    }
  }

  private final Map<String, Built> lists = new LinkedHashMap<>();

  static ChoiceRows read(FormTable table, ImportContext context) {
    ChoiceRows out = new ChoiceRows();
    if (table == null) {
      return out;
    }
    Set<String> listIds = new HashSet<>();
    for (RawRow row : table.rows()) {
      String listName = table.get(row, "list_name");
      String name = table.get(row, "name");
      if (listName.isEmpty() || name.isEmpty()) {
        context.note(
            table.sheet(),
            row.number(),
            "",
            name.isEmpty() ? listName : name,
            "a choice needs a list_name and a name: row skipped");
        continue;
      }
      Built list =
          out.lists.computeIfAbsent(
              listName,
              n -> {
                String id = ImportContext.unique(ImportContext.slug(n, "list"), listIds);
                if (!id.equals(n)) {
                  context.note(
                      table.sheet(),
                      row.number(),
                      "list_name " + n,
                      "",
                      "list renamed " + id + " (ids are lower case letters, digits and _)");
                }
                return new Built(id, table.get(row, "stocktake::builtin"));
              });
      if (list.codes.containsKey(name)) {
        context.note(
            table.sheet(),
            row.number(),
            "list_name " + listName,
            name,
            "the choice is listed twice: the second is skipped");
        continue;
      }
      String code =
          ImportContext.unique(ImportContext.slug(name, "c"), new HashSet<>(list.codes.values()));
      if (!code.equals(name)) {
        list.renamedAt.putIfAbsent(name, row.number());
      }
      list.codes.put(name, code);
      list.ordered |= Booleans.isTrue(table.get(row, "stocktake::ordered"));
      list.choices.add(new Choice(code, context.text(table.texts(row, "label"))));
    }
    out.noteRenames(table.sheet(), context);
    return out;
  }

  /** One note per list whose codes had to change, naming the first few. */
  private void noteRenames(String sheet, ImportContext context) {
    lists.forEach(
        (name, list) -> {
          if (list.renamedAt.isEmpty()) {
            return;
          }
          List<String> examples =
              list.renamedAt.keySet().stream()
                  .limit(3)
                  .map(code -> code + " -> " + list.codes.get(code))
                  .toList();
          int n = list.renamedAt.size();
          context.note(
              sheet,
              list.renamedAt.values().iterator().next(),
              "list_name " + name,
              "",
              n
                  + (n == 1 ? " choice code" : " choice codes")
                  + " renamed ("
                  + String.join(", ", examples)
                  + (n > 3 ? ", ..." : "")
                  + "): codes are lower case letters, digits and _; recode answers that use the"
                  + " old codes");
        });
  }

  Built get(String formName) {
    return lists.get(formName);
  }

  List<Built> all() {
    return List.copyOf(lists.values());
  }
}
