package dev.stocktake.schema.lineage;

import dev.stocktake.schema.QuestionRef;
import java.util.List;
import java.util.Objects;

/**
 * Where the answers to one question of one version go in the newest version: one target normally,
 * several when the question was split, none (with the reason) when it has no counterpart.
 */
public record Harmonisation(QuestionRef source, List<Target> targets, String reason) {
  public Harmonisation {
    Objects.requireNonNull(source, "source");
    targets = List.copyOf(targets);
    reason = reason == null ? "" : reason;
  }

  /** Whether any answer of the question can be compared with the newest round. */
  public boolean comparable() {
    return targets.stream().anyMatch(t -> t.comparability() != Comparability.NONE);
  }
}
