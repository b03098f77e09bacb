package dev.stocktake.schema.diff;

import dev.stocktake.schema.diff.Change.Impact;
import java.util.List;
import java.util.Objects;

/** The differences between two versions of a survey, most consequential first. */
public record SchemaDiff(
    String survey,
    int oldVersion,
    String oldRound,
    int newVersion,
    String newRound,
    List<Change> changes) {

  public SchemaDiff {
    Objects.requireNonNull(survey, "survey");
    changes = List.copyOf(changes);
  }

  public List<Change> withImpact(Impact impact) {
    return changes.stream().filter(c -> c.impact() == impact).toList();
  }

  public boolean breaksComparability() {
    return changes.stream().anyMatch(c -> c.impact() == Impact.BREAKING);
  }
}
