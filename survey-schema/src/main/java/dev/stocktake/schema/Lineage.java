package dev.stocktake.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a question came from in an earlier schema version. At most one of {@code isNew}, {@code
 * from}, {@code splitFrom} and {@code mergedFrom} is set (validation reports otherwise); {@code
 * recode} maps old choice codes to one or more new codes.
 */
public record Lineage(
    @JsonProperty("new") Boolean isNew,
    QuestionRef from,
    QuestionRef splitFrom,
    List<MergeSource> mergedFrom,
    Map<String, List<String>> recode) {

  public Lineage {
    mergedFrom = mergedFrom == null ? List.of() : List.copyOf(mergedFrom);
    recode = copyRecode(recode);
  }

  /** The forms lineage can take. */
  public enum Kind {
    NEW,
    FROM,
    SPLIT,
    MERGED,
    /** A lineage block that names no origin (reported by validation). */
    NONE
  }

  /** The single form this lineage takes, or {@link Kind#NONE}; validation rejects several. */
  public Kind kind() {
    if (Boolean.TRUE.equals(isNew)) {
      return Kind.NEW;
    }
    if (from != null) {
      return Kind.FROM;
    }
    if (splitFrom != null) {
      return Kind.SPLIT;
    }
    return mergedFrom.isEmpty() ? Kind.NONE : Kind.MERGED;
  }

  /** How many of the mutually exclusive forms are set (1 in a valid schema). */
  public int formsGiven() {
    int n = Boolean.TRUE.equals(isNew) ? 1 : 0;
    n += from != null ? 1 : 0;
    n += splitFrom != null ? 1 : 0;
    n += mergedFrom.isEmpty() ? 0 : 1;
    return n;
  }

  /** The earlier questions this one comes from, with the recode of each. */
  public List<MergeSource> sources() {
    return switch (kind()) {
      case FROM -> List.of(new MergeSource(from.version(), from.id(), recode));
      case SPLIT -> List.of(new MergeSource(splitFrom.version(), splitFrom.id(), recode));
      case MERGED -> mergedFrom;
      case NEW, NONE -> List.of();
    };
  }

  static Map<String, List<String>> copyRecode(Map<String, List<String>> recode) {
    if (recode == null) {
      return Map.of();
    }
    Map<String, List<String>> copy = new LinkedHashMap<>();
    recode.forEach((k, v) -> copy.put(k, v == null ? List.of() : List.copyOf(v)));
    return Collections.unmodifiableMap(copy);
  }
}
