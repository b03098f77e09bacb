package dev.stocktake.schema.framework;

import dev.stocktake.schema.Required;
import dev.stocktake.schema.Text;
import java.util.List;
import java.util.Optional;

/**
 * Versioned reference data a consultation reports on: the commitments, goals, objectives,
 * activities and evaluation measures of an initiative, as a hierarchy of items.
 */
public record Framework(
    String framework,
    int version,
    Text title,
    String source,
    List<String> languages,
    List<String> groups,
    List<FrameworkItem> items) {

  public Framework {
    Required.field(framework, "framework");
    title = title == null ? Text.of(null) : title;
    languages = languages == null ? List.of() : List.copyOf(languages);
    groups = groups == null ? List.of() : List.copyOf(groups);
    items = items == null ? List.of() : List.copyOf(items);
  }

  public Optional<FrameworkItem> item(String id) {
    return items.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  public List<FrameworkItem> children(String parentId) {
    return items.stream().filter(i -> parentId.equals(i.parent())).toList();
  }
}
