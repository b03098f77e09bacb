package dev.stocktake.etl.compare.internal;

import dev.stocktake.schema.findings.FindingEdits;
import dev.stocktake.schema.findings.KeyFinding;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies an analyst's findings.yaml to the computed key findings: dropped ones go, pinned ones
 * come first in the order given, added ones follow them, the rest keep their computed order.
 */
public final class Edits {
  private Edits() {}

  /** The edited findings, and the edits that matched nothing (worth telling the analyst). */
  public record Result(List<KeyFinding> findings, List<String> unmatched) {}

  public static Result apply(List<KeyFinding> computed, FindingEdits edits) {
    List<String> unmatched = new ArrayList<>();
    List<KeyFinding> remaining = new ArrayList<>(computed);
    for (FindingEdits.Match drop : edits.drop()) {
      if (!remaining.removeIf(drop::matches)) {
        unmatched.add("drop " + drop);
      }
    }
    List<KeyFinding> ordered = new ArrayList<>();
    for (FindingEdits.Match pin : edits.pin()) {
      KeyFinding found = remaining.stream().filter(pin::matches).findFirst().orElse(null);
      if (found == null) {
        unmatched.add("pin " + pin);
        continue;
      }
      remaining.remove(found);
      ordered.add(new KeyFinding(0, found.key(), found.args(), "pinned"));
    }
    for (FindingEdits.Added added : edits.add()) {
      ordered.add(new KeyFinding(0, added.key(), added.args(), "added"));
    }
    ordered.addAll(remaining);
    List<KeyFinding> ranked = new ArrayList<>();
    for (int i = 0; i < ordered.size(); i++) {
      KeyFinding f = ordered.get(i);
      ranked.add(new KeyFinding(i + 1, f.key(), f.args(), f.source()));
    }
    return new Result(ranked, unmatched);
  }
}
