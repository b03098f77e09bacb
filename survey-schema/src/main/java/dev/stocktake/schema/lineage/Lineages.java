package dev.stocktake.schema.lineage;

import dev.stocktake.schema.QuestionRef;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The harmonisation of every question of every version of a survey to its newest version. */
public record Lineages(
    String survey, int newestVersion, Map<QuestionRef, Harmonisation> byQuestion) {
  public Lineages {
    byQuestion = Collections.unmodifiableMap(new LinkedHashMap<>(byQuestion));
  }

  /** The harmonisation of question {@code id} of version {@code version}, if it exists. */
  public Optional<Harmonisation> of(int version, String id) {
    return Optional.ofNullable(byQuestion.get(new QuestionRef(version, id)));
  }
}
