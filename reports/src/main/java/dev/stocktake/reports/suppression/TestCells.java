package dev.stocktake.reports.suppression;

import dev.stocktake.schema.findings.Comparison;
import dev.stocktake.schema.findings.Distribution;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The counts behind a test of one choice between rounds: a multi-choice code, or "yes" of a yes/no
 * question. Such a test states its effect as a difference (or change) of proportions beside its
 * numbers of answers; with the other round's count shown, that gives away a count the table hides
 * (a choice made by 4 of 67 follows from the difference and 7 of 80). So the public edition shows
 * such a test, or a key finding on it, only when in both rounds those who chose the answer and
 * those who did not are each none or at least the threshold: the rule by which the table hides a
 * choice. Tests over all the answers of a question (chi-square, Mann–Whitney, Wilcoxon) are shown
 * on enough answers, as before; docs/reliability.md lists what their rounded effects could reveal.
 */
public final class TestCells {
  /** Effects that are proportions of one answer: the test is about a choice, named or "yes". */
  private static final Set<String> PROPORTION_EFFECTS =
      Set.of("difference_of_proportions", "change_of_proportion", "odds_ratio");

  private final Map<String, Distribution> shares = new HashMap<>();

  private TestCells(List<Distribution> distributions) {
    for (Distribution d : distributions) {
      if (d.isShare()) {
        shares.put(key(d.question(), d.round(), d.group(), d.value()), d);
      }
    }
  }

  public static TestCells of(List<Distribution> distributions) {
    return new TestCells(distributions);
  }

  /**
   * Whether {@code c} is a test of one choice that the table hides, in either round, for too few
   * choosing it or too few not choosing it.
   */
  public boolean hidesACount(Comparison c, int threshold) {
    String choice = c.choice();
    if (choice == null && c.effectName() != null && PROPORTION_EFFECTS.contains(c.effectName())) {
      choice = "yes";
    }
    if (choice == null) {
      return false;
    }
    return choiceHidden(shares.get(key(c.question(), c.fromRound(), c.group(), choice)), threshold)
        || choiceHidden(shares.get(key(c.question(), c.toRound(), c.group(), choice)), threshold);
  }

  /**
   * A choice is hidden when those who chose it or those who did not are too few, or when the
   * compare stage hid its count or the total (null).
   */
  private static boolean choiceHidden(Distribution d, int threshold) {
    // Nobody gave it: a count of 0 is shown, and too few answers at all hide the test anyway.
    if (d == null) {
      return false;
    }
    if (d.respondents() == null || d.answered() == null) {
      return true;
    }
    return small(d.respondents(), threshold) || small(d.answered() - d.respondents(), threshold);
  }

  private static boolean small(long count, int threshold) {
    return count > 0 && count < threshold;
  }

  private static String key(String question, String round, String group, String value) {
    return question + '\u0000' + round + '\u0000' + group + '\u0000' + value;
  }
}
