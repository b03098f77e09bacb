package dev.stocktake.schema.lineage;

import java.util.List;
import java.util.Objects;

/** A question of the newest version that an old question's answers harmonise to. */
public record Target(
    String questionId, CodeMapping mapping, Comparability comparability, List<String> notes) {
  public Target {
    Objects.requireNonNull(questionId, "questionId");
    Objects.requireNonNull(mapping, "mapping");
    Objects.requireNonNull(comparability, "comparability");
    notes = List.copyOf(notes);
  }
}
