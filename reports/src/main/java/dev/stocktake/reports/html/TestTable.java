package dev.stocktake.reports.html;

import dev.stocktake.reports.view.Cell;
import dev.stocktake.reports.view.Row;
import dev.stocktake.reports.view.Table;
import dev.stocktake.schema.findings.Comparison;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Every test of a question between rounds, for everyone and each group, in one table: who was
 * compared, how, on how many answers, the result in a word, the adjusted p-value and the effect. A
 * test on fewer answers than the public edition's threshold shows no figures, since its effect and
 * the number of answers together would give counts away; nor does one the compare stage withheld or
 * one of a choice the question's table hides, each saying why.
 */
final class TestTable {
  private TestTable() {}

  static Table of(
      Page page, String label, List<Comparison> tests, Function<String, String> choice) {
    List<Row> rows = new ArrayList<>();
    for (Comparison c : tests) {
      boolean shown = Results.shown(page, c);
      String who = page.group(c.group());
      if (c.choice() != null) {
        who =
            page.t(
                "report.row.group_choice",
                Map.of("group", who, "choice", choice.apply(c.choice())));
      }
      String design = page.t("report.design." + c.design());
      List<Cell> cells = new ArrayList<>();
      cells.add(Cell.text(design));
      cells.add(Cell.text(page.t("report.test.name." + c.test())));
      // The numbers of answers are in the question's table anyway; only too few are hidden.
      cells.add(
          Results.enoughAnswers(page, c)
              ? Cell.number(page.t("report.cell.n_pair", Map.of("from", c.nFrom(), "to", c.nTo())))
              : page.hiddenCell());
      if (!shown || c.pAdjusted() == null) {
        cells.add(
            Cell.text(
                shown
                    ? page.t("report.result.short.not_tested")
                    : page.t(
                        "report.result.short." + Results.notShownReason(page, c),
                        Map.of("threshold", page.settingThreshold()))));
        cells.add(Cell.number("—"));
        cells.add(Cell.number("—"));
      } else {
        cells.add(
            Cell.text(
                page.t(
                    "report.result.short."
                        + (Results.significant(c) ? Results.direction(c) : "none"))));
        cells.add(Cell.number(page.messages.pValue(c.pAdjusted())));
        cells.add(
            c.effect() == null
                ? Cell.number("—")
                : Cell.text(
                    page.t(
                        "report.cell.effect",
                        Map.of(
                            "name", page.t("report.effect.name." + c.effectName()),
                            "value", c.effect(),
                            "size", page.t("report.effect.size." + Results.size(c))))));
      }
      rows.add(new Row(who, cells, false));
    }
    return new Table(
        page.t("report.table.comparison", Map.of("question", label)),
        List.of(
            page.t("report.column.group"),
            page.t("report.column.design"),
            page.t("report.column.test"),
            page.t("report.column.answers_pair"),
            page.t("report.column.result"),
            page.t("report.column.p_adjusted"),
            page.t("report.column.effect")),
        rows);
  }
}
