package dev.stocktake.etl.compare.internal;

import dev.stocktake.schema.SurveySchema;
import dev.stocktake.schema.diff.Change;
import dev.stocktake.schema.diff.SchemaDiff;
import dev.stocktake.schema.diff.SchemaDiffer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What changed in each question between two schema versions that a reader of a comparison must be
 * told: its wording, choices added or unmapped, constraints, skip logic, who it applies to, and
 * questions split, merged or retyped. Renames and recodes are not caveats (harmonisation undoes
 * them), nor are split choices (the comparison merges them back).
 */
public final class Caveats {
  private static final Set<Change.Kind> KINDS =
      EnumSet.of(
          Change.Kind.WORDING_CHANGED,
          Change.Kind.CHOICES_ADDED,
          Change.Kind.CHOICES_UNMAPPED,
          Change.Kind.CONSTRAINT_CHANGED,
          Change.Kind.RELEVANT_CHANGED,
          Change.Kind.APPLIES_TO_CHANGED,
          Change.Kind.SPLIT,
          Change.Kind.MERGED,
          Change.Kind.RETYPED);

  private Caveats() {}

  /**
   * Caveats by question id of the later version, for every step from {@code from} to {@code to}
   * (versions in between included, in order).
   */
  public static Map<String, List<String>> between(List<SurveySchema> steps) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (int i = 1; i < steps.size(); i++) {
      SchemaDiff diff = SchemaDiffer.diff(steps.get(i - 1), steps.get(i));
      for (Change change : diff.changes()) {
        if (change.newId() != null && KINDS.contains(change.kind())) {
          out.computeIfAbsent(change.newId(), id -> new ArrayList<>()).add(change.detail());
        }
      }
    }
    return out;
  }
}
