package dev.stocktake.reports.html;

import dev.stocktake.reports.suppression.TestCells;
import dev.stocktake.schema.findings.Comparison;
import dev.stocktake.translations.PValue;
import java.util.Map;

/**
 * A test between two rounds in plain words: whether answers changed, which way, and how much, with
 * the test and its adjusted p-value named in brackets for those who want them.
 */
final class Results {
  /** A change is called significant below this Benjamini–Hochberg adjusted p-value. */
  static final double ALPHA = 0.05;

  private Results() {}

  /**
   * Whether a test can be shown in this edition: both rounds have enough answers, compare did not
   * withhold it, and the table of its question hides no count the test's figures would give away
   * ({@link TestCells}).
   */
  static boolean shown(Page page, Comparison c) {
    return enoughAnswers(page, c)
        && !c.withheld()
        && !page.testCells.hidesACount(c, page.threshold());
  }

  /**
   * Whether both rounds have at least the edition's threshold of answers, which may be shown; a
   * number of answers compare hid (null) is not enough.
   */
  static boolean enoughAnswers(Page page, Comparison c) {
    return c.nFrom() != null
        && c.nTo() != null
        && c.nFrom() >= page.threshold()
        && c.nTo() >= page.threshold();
  }

  /**
   * Why a test is not shown, as the last part of its message key: {@code too_few} when a round's
   * number of answers is shown and below the threshold, else {@code suppressed}: withheld, or
   * hidden because it would reveal a hidden count.
   */
  static String notShownReason(Page page, Comparison c) {
    boolean tooFew =
        (c.nFrom() != null && c.nFrom() < page.threshold())
            || (c.nTo() != null && c.nTo() < page.threshold());
    return tooFew ? "too_few" : "suppressed";
  }

  static boolean significant(Comparison c) {
    return c.pAdjusted() != null && c.pAdjusted() < ALPHA;
  }

  /** The sentence for a test, or the reason there is no result. */
  static String sentence(Page page, Comparison c, String choiceName) {
    if (!shown(page, c)) {
      return page.t(
          "report.result." + notShownReason(page, c), Map.of("threshold", page.settingThreshold()));
    }
    if (c.p() == null || c.pAdjusted() == null) {
      return page.t("report.note.not_applicable");
    }
    Map<String, Object> args =
        Map.of(
            "design", c.design(),
            "from_round", c.fromRound(),
            "to_round", c.toRound(),
            "choice", choiceName == null ? "" : choiceName,
            "test", page.t("report.test.name." + c.test()),
            "p_adjusted", new PValue(c.pAdjusted()),
            "size", page.t("report.effect.size." + size(c)));
    if (!significant(c)) {
      return page.t("report.result.none", args);
    }
    return page.t("report.result." + direction(c), args);
  }

  /** up, down, more, fewer or spread. */
  static String direction(Comparison c) {
    double e = c.effect() == null ? 0 : c.effect();
    String name = c.effectName() == null ? "" : c.effectName();
    return switch (name) {
      case "rank_biserial", "matched_pairs_rank_biserial" -> e >= 0 ? "up" : "down";
      case "difference_of_proportions", "change_of_proportion" -> e >= 0 ? "more" : "fewer";
      case "odds_ratio" -> e >= 1 ? "more" : "fewer";
      default -> "spread";
    };
  }

  /**
   * negligible, small, medium or large, by the conventional thresholds: 0.1, 0.3 and 0.5 for
   * correlations and Cramér's V; 5, 15 and 30 points for proportions; 1.5, 2.5 and 4.3 for odds
   * ratios either way.
   */
  static String size(Comparison c) {
    if (c.effect() == null || c.effectName() == null) {
      return "unknown";
    }
    double e = Math.abs(c.effect());
    double[] cut =
        switch (c.effectName()) {
          case "difference_of_proportions", "change_of_proportion" ->
              new double[] {0.05, 0.15, 0.30};
          case "odds_ratio" -> new double[] {1.5, 2.5, 4.3};
          default -> new double[] {0.1, 0.3, 0.5};
        };
    if ("odds_ratio".equals(c.effectName()) && c.effect() > 0 && c.effect() < 1) {
      e = 1 / c.effect();
    }
    return e >= cut[2] ? "large" : e >= cut[1] ? "medium" : e >= cut[0] ? "small" : "negligible";
  }
}
