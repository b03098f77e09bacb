package dev.stocktake.reports.html;

import dev.stocktake.reports.model.Labels;
import dev.stocktake.reports.suppression.TestCells;
import dev.stocktake.reports.view.Bar;
import dev.stocktake.reports.view.Cell;
import dev.stocktake.reports.view.Legend;
import dev.stocktake.translations.Messages;
import java.util.List;
import java.util.Map;

/**
 * What every section of one report needs while it is built: the language's labels and messages, the
 * edition's threshold, the counts behind the tests, and a count of the cells it hid.
 */
final class Page {
  final Labels labels;
  final Messages messages;
  final boolean publicEdition;
  final TestCells testCells;
  private final int threshold;
  private int hidden;

  Page(
      Labels labels, Messages messages, boolean publicEdition, int threshold, TestCells testCells) {
    this.labels = labels;
    this.messages = messages;
    this.publicEdition = publicEdition;
    this.testCells = testCells;
    this.threshold = threshold;
  }

  /** The smallest count shown: the project's threshold in the public edition, else 1. */
  int threshold() {
    return publicEdition ? threshold : 1;
  }

  /** The project's threshold, for sentences about it. */
  int settingThreshold() {
    return threshold;
  }

  boolean rightToLeft() {
    return messages.rightToLeft();
  }

  String t(String key) {
    return messages.format(key);
  }

  String t(String key, Map<String, ?> args) {
    return messages.format(key, args);
  }

  /** A group's name; the pseudo-group {@code all} is "all respondents". */
  String group(String id) {
    return "all".equals(id) ? t("report.group.all") : labels.group(id);
  }

  String region(String id) {
    return "all".equals(id) ? t("report.region.all") : labels.region(id);
  }

  /** A count; hidden when suppressed here or null (hidden by the compare stage already). */
  Cell count(Long n, boolean suppressed) {
    return suppressed || n == null ? hiddenCell() : Cell.number(messages.count(n));
  }

  Cell percent(double share, boolean suppressed) {
    return suppressed ? hiddenCell() : Cell.number(messages.percent(share));
  }

  /**
   * A share with its count in brackets: "28 % (85)"; hidden when suppressed here or the count is
   * null (hidden by the compare stage already). A null share with a count shown is a share of a
   * hidden total: the count alone is shown, since the share would give the total away.
   */
  Cell shareAndCount(Double share, Long n, boolean suppressed) {
    if (suppressed || n == null) {
      return hiddenCell();
    }
    if (share == null) {
      return Cell.number(messages.count(n));
    }
    return Cell.number(t("report.cell.share_count", Map.of("share", share, "count", n)));
  }

  Cell hiddenCell() {
    hidden++;
    return new Cell(t("report.cell.suppressed", Map.of("threshold", threshold)), true, true);
  }

  /**
   * Whether a count that is one side of a yes/no split of {@code whole} (chose an answer or not,
   * carries a theme or not) is hidden: when it, or the rest, is below the threshold.
   */
  boolean hidesPart(long part, long whole) {
    long rest = whole - part;
    return (part > 0 && part < threshold()) || (rest > 0 && rest < threshold());
  }

  /**
   * A bar of one share for one round of several: an answer's or a theme's share, hatched in full
   * when hidden.
   */
  Bar shareBar(
      String name, String round, double share, int roundIndex, int rounds, boolean hidden) {
    return Charts.bar(
        t("report.chart.choice_in_round", Map.of("choice", name, "round", round)),
        List.of(
            new Charts.Piece(
                hidden ? 1 : share, Charts.colour(roundIndex, rounds + 1, true), hidden)),
        hidden
            ? t("report.cell.suppressed", Map.of("threshold", threshold))
            : messages.percent(share),
        rightToLeft());
  }

  /** The legend entry of the hatched piece that stands for hidden answers. */
  Legend suppressedLegend() {
    return new Legend(
        t("report.legend.suppressed", Map.of("threshold", threshold)), Charts.HIDDEN, true);
  }

  /** How many cells this report hid so far. */
  int hiddenCells() {
    return hidden;
  }
}
