package dev.stocktake.etl.compare.internal;

import dev.stocktake.schema.findings.CommitmentProgress;
import dev.stocktake.schema.findings.Comparison;
import dev.stocktake.schema.findings.KeyFinding;
import dev.stocktake.schema.findings.KeyFinding.Argument;
import dev.stocktake.schema.findings.ParticipationCell;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Chooses and ranks the key findings, each a message key with typed arguments. The order is fixed
 * and explainable: (1) commitments whose top implementation level moved by 5 points or more between
 * the first and the latest round, with a significant change (adjusted p below 0.05) in one of their
 * status questions, largest first; (2) questions whose answers changed significantly for all
 * respondents by at least a small effect ({@link #atLeastSmall}) and whose wording, choices or
 * conditions did not change between the rounds (no caveats), smallest adjusted p first, then
 * largest effect; (3) the change in participation; (4) groups and regions whose share of
 * respondents falls 10 points or more below their share of the invited.
 */
public final class KeyFindings {
  /** Significance level for adjusted p-values. */
  public static final double ALPHA = 0.05;

  /** Smallest change in a commitment's top-level share worth leading with. */
  public static final double PROGRESS_THRESHOLD = 0.05;

  /** Gap in share between respondents and invited that counts as under-representation. */
  public static final double REPRESENTATION_GAP = 0.10;

  private static final int MAX_SHIFTS = 10;

  /**
   * Whether a change is large enough to lead with, not only significant: with thousands of
   * respondents a shift of a few points is significant and still not news. Thresholds are the
   * conventional "small" effects: |r| ≥ 0.1 (rank-biserial), V ≥ 0.1 (Cramér), 5 points of a
   * proportion, an odds ratio beyond 1.5 either way.
   */
  static boolean atLeastSmall(Comparison c) {
    if (c.effect() == null || c.effectName() == null) {
      return false;
    }
    double e = c.effect();
    return switch (c.effectName()) {
      case "rank_biserial", "cramers_v" -> Math.abs(e) >= 0.1;
      case "difference_of_proportions" -> Math.abs(e) >= 0.05;
      case "odds_ratio" -> e >= 1.5 || e <= 1 / 1.5;
      default -> true;
    };
  }

  private KeyFindings() {}

  public static List<KeyFinding> rank(
      List<String> rounds,
      QuestionCatalog catalog,
      List<ParticipationCell> participation,
      List<Comparison> comparisons,
      List<CommitmentProgress> progress) {
    List<List<Argument>> ordered = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    String first = rounds.get(0);
    String last = rounds.get(rounds.size() - 1);

    record Move(CommitmentProgress from, CommitmentProgress to, double change) {}
    List<Move> moves = new ArrayList<>();
    for (CommitmentProgress to : progress) {
      if (!to.round().equals(last) || !to.group().equals(Aggregates.ALL)) {
        continue;
      }
      progress.stream()
          .filter(
              p ->
                  p.item().equals(to.item())
                      && p.group().equals(to.group())
                      && p.round().equals(first))
          .findFirst()
          .ifPresent(
              from -> {
                double change = topShare(to) - topShare(from);
                if (Math.abs(change) >= PROGRESS_THRESHOLD
                    && significant(comparisons, catalog, to.item(), first, last)) {
                  moves.add(new Move(from, to, change));
                }
              });
    }
    moves.sort(
        Comparator.comparingDouble((Move m) -> -Math.abs(m.change()))
            .thenComparing(m -> m.to().item()));
    for (Move m : moves) {
      keys.add(m.change() > 0 ? "finding.commitment.progress" : "finding.commitment.regress");
      ordered.add(
          List.of(
              new Argument("item", "item", m.to().item()),
              new Argument("group", "group", m.to().group()),
              new Argument("level", "choice", topLevel(m.to())),
              new Argument("from_round", "round", first),
              new Argument("to_round", "round", last),
              new Argument("from_share", "share", topShare(m.from())),
              new Argument("to_share", "share", topShare(m.to()))));
    }

    List<Comparison> shifts =
        comparisons.stream()
            .filter(
                c ->
                    c.group().equals(Aggregates.ALL)
                        && c.pAdjusted() != null
                        && c.pAdjusted() < ALPHA
                        && c.design().equals("independent")
                        && c.caveats().isEmpty()
                        && atLeastSmall(c))
            .sorted(
                Comparator.comparingDouble(Comparison::pAdjusted)
                    .thenComparing(c -> -Math.abs(c.effect() == null ? 0 : c.effect()))
                    .thenComparing(Comparison::question))
            .limit(MAX_SHIFTS)
            .toList();
    for (Comparison c : shifts) {
      keys.add(c.choice() == null ? "finding.question.shift" : "finding.choice.shift");
      List<Argument> args = new ArrayList<>();
      args.add(new Argument("question", "question", c.question()));
      if (c.choice() != null) {
        args.add(new Argument("choice", "choice", c.choice()));
      }
      args.add(new Argument("group", "group", c.group()));
      args.add(new Argument("from_round", "round", c.fromRound()));
      args.add(new Argument("to_round", "round", c.toRound()));
      args.add(new Argument("test", "text", c.test()));
      args.add(new Argument("effect_name", "text", c.effectName()));
      args.add(new Argument("effect", "number", c.effect()));
      args.add(new Argument("p_adjusted", "p_value", c.pAdjusted()));
      ordered.add(args);
    }

    long before = total(participation, first);
    long after = total(participation, last);
    if (!first.equals(last)) {
      keys.add("finding.participation.change");
      ordered.add(
          List.of(
              new Argument("from_round", "round", first),
              new Argument("to_round", "round", last),
              new Argument("from_count", "count", before),
              new Argument("to_count", "count", after)));
    }

    long invited =
        participation.stream()
            .filter(c -> c.round().equals(last) && isTotal(c))
            .mapToLong(ParticipationCell::invited)
            .sum();
    if (invited > 0 && after > 0) {
      for (ParticipationCell c : participation) {
        boolean groupCell = !c.group().equals(Aggregates.ALL) && c.region().equals(Aggregates.ALL);
        boolean regionCell = c.group().equals(Aggregates.ALL) && !c.region().equals(Aggregates.ALL);
        if (!c.round().equals(last) || !(groupCell || regionCell)) {
          continue;
        }
        double shareOfRespondents = c.respondents() / (double) after;
        double shareOfInvited = c.invited() / (double) invited;
        if (shareOfInvited - shareOfRespondents >= REPRESENTATION_GAP) {
          keys.add(
              groupCell
                  ? "finding.participation.group_underrepresented"
                  : "finding.participation.region_underrepresented");
          ordered.add(
              List.of(
                  new Argument(
                      groupCell ? "group" : "region",
                      groupCell ? "group" : "region",
                      groupCell ? c.group() : c.region()),
                  new Argument("round", "round", last),
                  new Argument("share_of_respondents", "share", shareOfRespondents),
                  new Argument("share_of_invited", "share", shareOfInvited)));
        }
      }
    }
    List<KeyFinding> out = new ArrayList<>();
    for (int i = 0; i < ordered.size(); i++) {
      out.add(new KeyFinding(i + 1, keys.get(i), ordered.get(i), "computed"));
    }
    return out;
  }

  /**
   * Whether a status question of the item changed significantly for all respondents between the two
   * rounds, so that the progress is more than the noise of two samples.
   */
  private static boolean significant(
      List<Comparison> comparisons, QuestionCatalog catalog, String item, String from, String to) {
    return comparisons.stream()
        .anyMatch(
            c ->
                item.equals(catalog.get(c.question()).commitment())
                    && catalog.get(c.question()).isOrdinal()
                    && c.fromRound().equals(from)
                    && c.toRound().equals(to)
                    && c.group().equals(Aggregates.ALL)
                    && c.design().equals("independent")
                    && c.pAdjusted() != null
                    && c.pAdjusted() < ALPHA);
  }

  private static boolean isTotal(ParticipationCell c) {
    return c.group().equals(Aggregates.ALL) && c.region().equals(Aggregates.ALL);
  }

  private static long total(List<ParticipationCell> cells, String round) {
    return cells.stream()
        .filter(c -> c.round().equals(round) && isTotal(c))
        .mapToLong(ParticipationCell::respondents)
        .sum();
  }

  private static double topShare(CommitmentProgress p) {
    return p.levels().get(p.levels().size() - 1).share();
  }

  private static String topLevel(CommitmentProgress p) {
    return p.levels().get(p.levels().size() - 1).level();
  }
}
