package dev.stocktake.schema.findings;

import java.util.List;

/**
 * One test of whether answers to a question differ between two rounds, for a group or for {@code
 * "all"}: on independent samples (everyone who answered each round) or on the panel (respondents of
 * both). {@code pAdjusted} is Benjamini–Hochberg over every test of the same pair of rounds.
 *
 * @param design {@code independent} or {@code panel}
 * @param test {@code chi_square}, {@code fisher}, {@code mann_whitney}, {@code two_proportion},
 *     {@code wilcoxon_signed_rank} or {@code mcnemar}
 * @param choice the choice a per-choice test is about (multi-choice), else null
 * @param nFrom answers in the earlier round; null in the public edition when hidden as a small cell
 * @param nTo answers in the later round; null likewise
 * @param df degrees of freedom, null when the test has none
 * @param effectName {@code cramers_v}, {@code rank_biserial}, {@code odds_ratio}, {@code
 *     difference} (of proportions, later minus earlier) ...
 * @param merged groups of newer choices merged to compare with the earlier round
 * @param note why the test could not be run (e.g. a single category) or, in the public edition,
 *     {@code suppressed} when its figures would give a hidden small cell away; else null
 * @param caveats what changed in the question between the rounds' schema versions that a reader
 *     must be told (wording, choices added, constraints, skip logic); such comparisons are not made
 *     key findings
 */
public record Comparison(
    String question,
    String fromRound,
    String toRound,
    String group,
    String design,
    String test,
    String choice,
    Long nFrom,
    Long nTo,
    Double statistic,
    Double df,
    Double p,
    Double pAdjusted,
    String effectName,
    Double effect,
    List<List<String>> merged,
    String note,
    List<String> caveats) {
  /**
   * The note of a test the public edition withholds: its figures would give a hidden count away.
   */
  public static final String SUPPRESSED = "suppressed";

  /**
   * Whether the public edition withheld this test's figures. Not named as a bean getter, so that
   * findings.json does not carry it as a field of its own.
   */
  public boolean withheld() {
    return SUPPRESSED.equals(note);
  }

  public Comparison {
    merged = merged == null ? List.of() : merged.stream().map(List::copyOf).toList();
    caveats = caveats == null ? List.of() : List.copyOf(caveats);
  }
}
