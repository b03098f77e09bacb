package dev.stocktake.reports.html;

import dev.stocktake.reports.suppression.ParticipationSuppression;
import dev.stocktake.reports.view.Block;
import dev.stocktake.reports.view.Cell;
import dev.stocktake.reports.view.Chart;
import dev.stocktake.reports.view.Legend;
import dev.stocktake.reports.view.Row;
import dev.stocktake.reports.view.Table;
import dev.stocktake.schema.findings.Findings;
import dev.stocktake.schema.findings.ParticipationCell;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Who took part: respondents and invited by round, by group and by region, hidden as {@link
 * ParticipationSuppression} decides.
 */
final class ParticipationSection {
  private final Page page;
  private final Findings findings;
  private final ParticipationSuppression suppression;
  private final List<String> groups;
  private final List<String> regions;

  ParticipationSection(Page page, Findings findings, ParticipationSuppression suppression) {
    this.page = page;
    this.findings = findings;
    this.suppression = suppression;
    this.groups = suppression.groups();
    this.regions = suppression.regions();
  }

  private Long respondents(String round, String group, String region) {
    return suppression.respondents(round, group, region);
  }

  /**
   * Whether the count of a round's group (region {@code all}) or region (group {@code all}) is
   * hidden.
   */
  boolean isHidden(String round, String group, String region) {
    return suppression.isHidden(round, group, region);
  }

  List<Block> blocks() {
    return List.of(
        block("participation-groups", "report.heading.participation_groups", groups, true),
        block("participation-regions", "report.heading.participation_regions", regions, false));
  }

  private Block block(String id, String heading, List<String> members, boolean byGroup) {
    List<dev.stocktake.reports.view.Bar> bars = new ArrayList<>();
    List<Legend> legend = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      String name = byGroup ? page.group(members.get(i)) : page.region(members.get(i));
      legend.add(new Legend(name, Charts.colour(i, members.size(), false), false));
    }
    boolean anyHidden = false;
    for (String round : findings.rounds()) {
      Long total = respondents(round, "all", "all");
      if (isHidden(round, "all", "all") || total == null || total == 0) {
        continue;
      }
      List<Long> counts = new ArrayList<>();
      boolean[] h = new boolean[members.size()];
      for (int i = 0; i < members.size(); i++) {
        String group = byGroup ? members.get(i) : "all";
        String region = byGroup ? "all" : members.get(i);
        h[i] = isHidden(round, group, region);
        anyHidden |= h[i];
        counts.add(respondents(round, group, region));
      }
      List<Charts.Piece> pieces =
          Charts.pieces(counts, h, total, i -> Charts.colour(i, members.size(), false));
      bars.add(
          Charts.bar(
              round,
              pieces,
              page.t("report.chart.respondents", Map.of("count", total)),
              page.rightToLeft()));
    }
    if (anyHidden) {
      legend.add(page.suppressedLegend());
    }
    String dimension = page.t(byGroup ? "report.column.group" : "report.column.region");
    Chart chart =
        new Chart(
            id + "-chart",
            page.t(
                byGroup ? "report.chart.participation" : "report.chart.participation_region",
                Map.of("rounds", findings.rounds().size())),
            bars,
            legend);
    return new Block(
        id,
        page.t(heading),
        List.of(),
        chart,
        List.of(table(members, byGroup, dimension)),
        null,
        List.of());
  }

  private Table table(List<String> members, boolean byGroup, String dimension) {
    List<String> columns = new ArrayList<>();
    columns.add(dimension);
    for (String round : findings.rounds()) {
      columns.add(page.t("report.column.respondents_in", Map.of("round", round)));
      columns.add(page.t("report.column.invited_in", Map.of("round", round)));
      columns.add(page.t("report.column.response_rate_in", Map.of("round", round)));
    }
    List<Row> rows = new ArrayList<>();
    List<String> all = new ArrayList<>(members);
    all.add("all");
    for (String member : all) {
      String group = byGroup ? member : "all";
      String region = byGroup ? "all" : member;
      List<Cell> row = new ArrayList<>();
      for (String round : findings.rounds()) {
        ParticipationCell c = suppression.cell(round, group, region);
        boolean h = isHidden(round, group, region);
        if (c == null) {
          row.add(Cell.number(page.messages.count(0)));
          row.add(Cell.number(page.messages.count(0)));
          row.add(Cell.number("—"));
          continue;
        }
        row.add(page.count(c.respondents(), h));
        row.add(Cell.number(page.messages.count(c.invited())));
        // No roster, no rate; a rate of a hidden count (null when compare hid it) is hidden.
        row.add(
            c.invited() == 0
                ? Cell.number("—")
                : h || c.responseRate() == null
                    ? page.hiddenCell()
                    : page.percent(c.responseRate(), false));
      }
      String name =
          "all".equals(member)
              ? page.t("report.row.total")
              : byGroup ? page.group(member) : page.region(member);
      rows.add(new Row(name, row, "all".equals(member)));
    }
    return new Table(
        page.t(byGroup ? "report.table.participation" : "report.table.participation_region"),
        columns,
        rows);
  }
}
