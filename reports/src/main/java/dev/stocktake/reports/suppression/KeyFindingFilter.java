package dev.stocktake.reports.suppression;

import dev.stocktake.schema.findings.CommitmentProgress;
import dev.stocktake.schema.findings.Comparison;
import dev.stocktake.schema.findings.Findings;
import dev.stocktake.schema.findings.KeyFinding;
import dev.stocktake.schema.findings.OpenAnswers;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The key findings the public edition may state. A finding is left out when a count it rests on is
 * one the edition hides: a group's or region's participation (its share of respondents gives the
 * count away), a level of a commitment with fewer answers than the threshold, a test on fewer
 * answers than the threshold in either round or whose question's table hides a count ({@link
 * TestCells}), or a theme of open answers whose count (or the answers without it) is below the
 * threshold. A count the compare stage hid already (null), or a test it withheld, counts as hidden
 * too: compare drops such findings itself, and this filter must not fail on them.
 */
public final class KeyFindingFilter {

  private KeyFindingFilter() {}

  /** The findings with only the key findings the edition may state. */
  public static Findings publicEdition(
      Findings findings,
      ParticipationSuppression participation,
      TestCells testCells,
      int threshold) {
    List<KeyFinding> kept =
        findings.keyFindings().stream()
            .filter(f -> !restsOnHidden(findings, participation, testCells, threshold, f))
            .toList();
    return findings.withKeyFindings(kept);
  }

  static boolean restsOnHidden(
      Findings findings,
      ParticipationSuppression participation,
      TestCells testCells,
      int threshold,
      KeyFinding f) {
    Map<String, String> args =
        f.args().stream()
            .collect(
                Collectors.toMap(
                    KeyFinding.Argument::name, a -> String.valueOf(a.value()), (a, b) -> a));
    for (KeyFinding.Argument a : f.args()) {
      String id = String.valueOf(a.value());
      if ("group".equals(a.type()) && !"all".equals(id) && participation.hidesAnywhere(id, "all")) {
        return true;
      }
      if ("region".equals(a.type()) && participation.hidesAnywhere("all", id)) {
        return true;
      }
    }
    String group = args.getOrDefault("group", "all");
    if (args.containsKey("item") && args.containsKey("level")) {
      for (String round :
          List.of(args.getOrDefault("from_round", ""), args.getOrDefault("to_round", ""))) {
        for (CommitmentProgress p : findings.commitments()) {
          if (p.item().equals(args.get("item"))
              && p.group().equals(group)
              && p.round().equals(round)) {
            long n = 0;
            for (CommitmentProgress.LevelShare l : p.levels()) {
              if (l.level().equals(args.get("level"))) {
                if (l.count() == null) {
                  return true;
                }
                n += l.count();
              }
            }
            if (n > 0 && n < threshold) {
              return true;
            }
          }
        }
      }
    }
    if (args.containsKey("theme")) {
      for (OpenAnswers.ThemeCount t : findings.openAnswers().themes()) {
        boolean same =
            t.question().equals(args.get("question"))
                && t.theme().equals(args.get("theme"))
                && t.group().equals(group)
                && (t.round().equals(args.get("from_round"))
                    || t.round().equals(args.get("to_round")));
        if (same && (t.respondents() == null || t.answered() == null)) {
          return true; // the compare stage hid it (public edition)
        }
        long rest = same ? t.answered() - t.respondents() : 0;
        if (same
            && ((t.respondents() > 0 && t.respondents() < threshold)
                || (rest > 0 && rest < threshold))) {
          return true;
        }
      }
      return false;
    }
    if (args.containsKey("question")) {
      for (Comparison c : findings.comparisons()) {
        if (c.question().equals(args.get("question"))
            && c.group().equals(group)
            && c.fromRound().equals(args.get("from_round"))
            && c.toRound().equals(args.get("to_round"))
            && Objects.equals(c.choice(), args.get("choice"))
            // The test the finding states: the question's other tests (its panel test) may be
            // withheld while this one is shown.
            && (!args.containsKey("test") || c.test().equals(args.get("test")))
            && (c.nFrom() == null
                || c.nTo() == null
                || c.nFrom() < threshold
                || c.nTo() < threshold
                || c.withheld()
                || testCells.hidesACount(c, threshold))) {
          return true;
        }
      }
    }
    return false;
  }
}
