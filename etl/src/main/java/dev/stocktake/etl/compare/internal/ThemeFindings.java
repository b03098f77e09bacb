package dev.stocktake.etl.compare.internal;

import dev.stocktake.schema.findings.Comparison;
import dev.stocktake.schema.findings.KeyFinding;
import dev.stocktake.schema.findings.KeyFinding.Argument;
import dev.stocktake.schema.findings.OpenAnswers;
import dev.stocktake.schema.findings.OpenAnswers.ThemeCount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Key findings from open answers: a theme whose share of everyone's answers to a question changed
 * significantly between rounds, and by at least five percentage points — the same bar as a choice
 * of a closed question. Largest changes first, at most {@value #MAX}.
 */
public final class ThemeFindings {
  static final int MAX = 3;

  private ThemeFindings() {}

  public static List<KeyFinding> of(OpenAnswers open) {
    List<Comparison> changed =
        open.tests().stream()
            .filter(c -> Aggregates.ALL.equals(c.group()))
            .filter(c -> c.pAdjusted() != null && c.pAdjusted() < 0.05)
            .filter(c -> c.effect() != null && Math.abs(c.effect()) >= 0.05)
            .sorted(
                Comparator.comparingDouble((Comparison c) -> -Math.abs(c.effect()))
                    .thenComparing(Comparison::question)
                    .thenComparing(Comparison::choice))
            .limit(MAX)
            .toList();
    List<KeyFinding> out = new ArrayList<>();
    for (Comparison c : changed) {
      ThemeCount from = count(open, c, c.fromRound());
      ThemeCount to = count(open, c, c.toRound());
      out.add(
          new KeyFinding(
              0,
              "finding.theme.change",
              List.of(
                  new Argument("question", "question", c.question()),
                  new Argument("codebook", "text", to == null ? "" : to.codebook()),
                  new Argument("theme", "theme", c.choice()),
                  new Argument("from_round", "round", c.fromRound()),
                  new Argument("to_round", "round", c.toRound()),
                  new Argument("from_share", "share", from == null ? 0.0 : from.share()),
                  new Argument("to_share", "share", to == null ? 0.0 : to.share())),
              "computed"));
    }
    return out;
  }

  private static ThemeCount count(OpenAnswers open, Comparison c, String round) {
    return open.themes().stream()
        .filter(
            t ->
                t.question().equals(c.question())
                    && t.theme().equals(c.choice())
                    && t.round().equals(round)
                    && Aggregates.ALL.equals(t.group()))
        .findFirst()
        .orElse(null);
  }

  /** Appends {@code more} after {@code ranked}, numbering every finding from 1. */
  public static List<KeyFinding> append(List<KeyFinding> ranked, List<KeyFinding> more) {
    List<KeyFinding> all = new ArrayList<>(ranked);
    all.addAll(more);
    List<KeyFinding> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      KeyFinding k = all.get(i);
      out.add(new KeyFinding(i + 1, k.key(), k.args(), k.source()));
    }
    return out;
  }
}
