package dev.stocktake.schema.lineage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How the answer codes of an old question become codes of its harmonised question. An old code may
 * map to one code, to several (a split choice: comparable only after merging those), to none (a
 * merge source that contributes nothing) or be unmapped (its answers are not comparable). Questions
 * without choices (numbers, dates, text) keep their values: the identity mapping.
 */
public final class CodeMapping {
  private static final CodeMapping IDENTITY = new CodeMapping(null);

  /** Old code to new codes; null for the identity mapping. Codes absent from it are unmapped. */
  private final Map<String, List<String>> codes;

  private CodeMapping(Map<String, List<String>> codes) {
    this.codes = codes == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(codes));
  }

  public static CodeMapping identity() {
    return IDENTITY;
  }

  /** A mapping over explicit codes (copied; old codes absent from it are unmapped). */
  public static CodeMapping of(Map<String, List<String>> codes) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    codes.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    return new CodeMapping(copy);
  }

  public boolean isIdentity() {
    return codes == null;
  }

  /** The new codes of an old answer code; empty if unmapped (then the answer is not comparable). */
  public Optional<List<String>> map(String oldCode) {
    return codes == null ? Optional.of(List.of(oldCode)) : Optional.ofNullable(codes.get(oldCode));
  }

  /** The explicit mapping, or an empty map for the identity. */
  public Map<String, List<String>> asMap() {
    return codes == null ? Map.of() : codes;
  }

  /** This mapping followed by {@code next}: an old code is unmapped if any step leaves it so. */
  public CodeMapping then(CodeMapping next) {
    if (isIdentity()) {
      return next;
    }
    if (next.isIdentity()) {
      return this;
    }
    Map<String, List<String>> composed = new LinkedHashMap<>();
    codes.forEach(
        (old, middle) -> {
          Set<String> result = new LinkedHashSet<>();
          for (String code : middle) {
            Optional<List<String>> mapped = next.map(code);
            if (mapped.isEmpty()) {
              return;
            }
            result.addAll(mapped.get());
          }
          composed.put(old, List.copyOf(result));
        });
    return new CodeMapping(composed);
  }

  /**
   * Groups of new codes that must be merged to compare with the old round: every old code that maps
   * to several new codes joins them into one category. Codes in no group stand alone.
   */
  public List<Set<String>> mergedCategories() {
    List<Set<String>> groups = new ArrayList<>();
    for (List<String> image : asMap().values()) {
      if (image.size() < 2) {
        continue;
      }
      Set<String> merged = new LinkedHashSet<>(image);
      groups.removeIf(
          g -> {
            if (!Collections.disjoint(g, merged)) {
              merged.addAll(g);
              return true;
            }
            return false;
          });
      groups.add(merged);
    }
    return List.copyOf(groups);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CodeMapping other && java.util.Objects.equals(codes, other.codes);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hashCode(codes);
  }

  @Override
  public String toString() {
    return codes == null ? "identity" : codes.toString();
  }
}
