package dev.stocktake.schema.validate;

import dev.stocktake.schema.Problem;
import dev.stocktake.schema.framework.Framework;
import dev.stocktake.schema.framework.FrameworkItem;
import dev.stocktake.schema.io.FieldPath;
import dev.stocktake.schema.io.Loaded;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks a framework file: ids, hierarchy, texts per language, groups and timeframes. */
public final class FrameworkValidator {

  public List<Problem> validate(Loaded<Framework> document) {
    Collector out = new Collector(document);
    Framework framework = document.value();
    Path name = Path.of(document.file()).getFileName();
    String stem = name == null ? "" : name.toString().replaceFirst("\\.(ya?ml|json)$", "");
    if (!stem.equals(framework.framework())) {
      out.add(
          FieldPath.of("framework"),
          "framework is \""
              + framework.framework()
              + "\" but the file is named "
              + name
              + "; surveys find a framework by its file name, so they must agree");
    }
    if (framework.version() < 1) {
      out.add(FieldPath.of("version"), "version must be 1 or more, not " + framework.version());
    }
    out.languages(FieldPath.of("languages"), framework.languages());
    out.textComplete(FieldPath.of("title"), framework.title(), framework.languages());
    FieldPath items = FieldPath.of("items");
    if (framework.items().isEmpty()) {
      out.add(items, "a framework needs at least one item");
    }
    out.unique(framework.items().stream().map(FrameworkItem::id).toList(), items, "id", "item id");
    Set<String> earlier = new HashSet<>();
    for (int i = 0; i < framework.items().size(); i++) {
      FrameworkItem item = framework.items().get(i);
      FieldPath at = items.index(i);
      out.idPattern(at.field("id"), item.id(), Names.ITEM_ID, "item id");
      if (item.kind() == null) {
        out.add(
            at.field("kind"), "kind is missing: goal, commitment, objective, activity or measure");
      }
      if (item.parent() != null && !earlier.contains(item.parent())) {
        boolean later = framework.item(item.parent()).isPresent();
        out.add(
            at.field("parent"),
            "parent \""
                + item.parent()
                + "\" "
                + (later
                    ? "comes later in the file; list parents before their children"
                    : "is not an item of this framework"
                        + Names.suggestion(item.parent(), earlier)));
      }
      out.textComplete(at.field("text"), item.text(), framework.languages());
      for (int g = 0; g < item.appliesTo().size(); g++) {
        String group = item.appliesTo().get(g);
        if (!framework.groups().isEmpty() && !framework.groups().contains(group)) {
          out.add(
              at.field("applies_to").index(g),
              "group \"" + group + "\" is not declared in groups " + framework.groups());
        }
      }
      if (item.timeframe() != null
          && item.timeframe().due() != null
          && !Names.DUE.matcher(item.timeframe().due()).matches()) {
        out.add(
            at.field("timeframe").field("due"),
            "\""
                + item.timeframe().due()
                + "\" is not a due date of the form YYYY, YYYY-MM or YYYY-MM-DD");
      }
      earlier.add(item.id());
    }
    return out.problems();
  }
}
