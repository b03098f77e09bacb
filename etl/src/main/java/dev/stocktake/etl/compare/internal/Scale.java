package dev.stocktake.etl.compare.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The categories two rounds can be compared on. An old answer harmonised to several new codes
 * ({@code partially_implemented|substantially_implemented}) can only be compared once those codes
 * are merged, in both rounds; every other code stands alone. Categories keep the order of the
 * newest choice list, a merged one at the place of its first code.
 */
public final class Scale {
  private final List<String> categories;
  private final Map<String, String> categoryOf;
  private final List<List<String>> merged;

  private Scale(
      List<String> categories, Map<String, String> categoryOf, List<List<String>> merged) {
    this.categories = List.copyOf(categories);
    this.categoryOf = Map.copyOf(categoryOf);
    this.merged = merged.stream().map(List::copyOf).toList();
  }

  /**
   * The scale for answers {@code values} (as written in answers/, "a|b" for "one of a, b") of a
   * question whose newest codes are {@code codes} (empty for numbers: each value its own category,
   * in numeric order is the caller's business).
   */
  public static Scale of(List<String> codes, Collection<String> values) {
    List<Set<String>> groups = new ArrayList<>();
    for (String value : values) {
      if (!value.contains("|")) {
        continue;
      }
      Set<String> group = new LinkedHashSet<>(List.of(value.split("\\|")));
      groups.removeIf(
          g -> {
            if (g.stream().anyMatch(group::contains)) {
              group.addAll(g);
              return true;
            }
            return false;
          });
      groups.add(group);
    }
    List<String> order = new ArrayList<>(codes);
    for (String value : values) {
      for (String code : value.split("\\|")) {
        if (!order.contains(code)) {
          order.add(code);
        }
      }
    }
    Map<String, String> categoryOf = new LinkedHashMap<>();
    List<String> categories = new ArrayList<>();
    List<List<String>> merged = new ArrayList<>();
    for (String code : order) {
      Set<String> group = groups.stream().filter(g -> g.contains(code)).findFirst().orElse(null);
      String category;
      if (group == null) {
        category = code;
      } else {
        List<String> members = order.stream().filter(group::contains).toList();
        category = String.join("|", members);
        if (!merged.contains(members)) {
          merged.add(members);
        }
      }
      categoryOf.put(code, category);
      if (!categories.contains(category)) {
        categories.add(category);
      }
    }
    for (String value : values) {
      if (value.contains("|")) {
        categoryOf.put(value, categoryOf.get(value.split("\\|")[0]));
      }
    }
    return new Scale(categories, categoryOf, merged);
  }

  /** Categories in order. */
  public List<String> categories() {
    return categories;
  }

  /** The category of an answer value (a code, or "a|b"). */
  public String categoryOf(String value) {
    return categoryOf.getOrDefault(value, value);
  }

  /** 0-based position of a value's category; the rank used by ordinal tests. */
  public int indexOf(String value) {
    return categories.indexOf(categoryOf(value));
  }

  /** The groups of codes merged to compare. */
  public List<List<String>> merged() {
    return merged;
  }
}
