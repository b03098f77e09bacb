package dev.stocktake.reports.html;

import dev.stocktake.reports.suppression.SmallCells;
import dev.stocktake.reports.view.Block;
import dev.stocktake.reports.view.Cell;
import dev.stocktake.reports.view.Chart;
import dev.stocktake.reports.view.Legend;
import dev.stocktake.reports.view.Row;
import dev.stocktake.reports.view.Table;
import dev.stocktake.schema.findings.Findings;
import dev.stocktake.schema.findings.ParticipationCell;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who took part: respondents and invited by round, by group and by region. In the public edition
 * each round's group × region table is suppressed as a whole, so that a hidden group or region
 * total cannot be had from the grand total or from the other dimension.
 */
final class ParticipationSection {
  private final Page page;
  private final Findings findings;
  private final Map<String, ParticipationCell> cells = new HashMap<>();
  private final Map<String, Boolean> hidden = new HashMap<>();
  private final List<String> groups;
  private final List<String> regions;

  ParticipationSection(Page page, Findings findings) {
    this.page = page;
    this.findings = findings;
    Set<String> g = new LinkedHashSet<>();
    Set<String> r = new LinkedHashSet<>();
    for (String known : page.labels.schema().groupIds()) {
      g.add(known);
    }
    for (ParticipationCell c : findings.participation()) {
      cells.put(key(c.round(), c.group(), c.region()), c);
      if (!"all".equals(c.region())) {
        r.add(c.region());
      }
    }
    g.removeIf(id -> findings.participation().stream().noneMatch(c -> c.group().equals(id)));
    for (ParticipationCell c : findings.participation()) {
      if (!"all".equals(c.group())) {
        g.add(c.group());
      }
    }
    this.groups = List.copyOf(g);
    this.regions = r.stream().sorted().toList();
    for (String round : findings.rounds()) {
      suppress(round);
    }
  }

  private static String key(String round, String group, String region) {
    return round + "\u0000" + group + "\u0000" + region;
  }

  private long respondents(String round, String group, String region) {
    ParticipationCell c = cells.get(key(round, group, region));
    return c == null ? 0 : c.respondents();
  }

  /**
   * Whether the count of a round's group (region {@code all}) or region (group {@code all}) is
   * hidden.
   */
  boolean isHidden(String round, String group, String region) {
    return hidden.getOrDefault(key(round, group, region), false);
  }

  private void suppress(String round) {
    int rows = groups.size() + 1;
    int columns = regions.size() + 1;
    long[][] table = new long[rows][columns];
    for (int gi = 0; gi < rows; gi++) {
      String group = gi < groups.size() ? groups.get(gi) : "all";
      for (int ri = 0; ri < columns; ri++) {
        String region = ri < regions.size() ? regions.get(ri) : "all";
        table[gi][ri] = respondents(round, group, region);
      }
    }
    boolean[][] out = SmallCells.suppress(table, page.threshold());
    for (int gi = 0; gi < rows; gi++) {
      String group = gi < groups.size() ? groups.get(gi) : "all";
      for (int ri = 0; ri < columns; ri++) {
        String region = ri < regions.size() ? regions.get(ri) : "all";
        hidden.put(key(round, group, region), out[gi][ri]);
      }
    }
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
      long total = respondents(round, "all", "all");
      if (total == 0 || isHidden(round, "all", "all")) {
        continue;
      }
      List<Charts.Piece> pieces = new ArrayList<>();
      for (int i = 0; i < members.size(); i++) {
        String group = byGroup ? members.get(i) : "all";
        String region = byGroup ? "all" : members.get(i);
        boolean h = isHidden(round, group, region);
        anyHidden |= h;
        pieces.add(
            new Charts.Piece(
                respondents(round, group, region) / (double) total,
                Charts.colour(i, members.size(), false),
                h));
      }
      bars.add(
          Charts.bar(
              round,
              pieces,
              page.t("report.chart.respondents", Map.of("count", total)),
              page.rightToLeft()));
    }
    if (anyHidden) {
      legend.add(
          new Legend(
              page.t("report.legend.suppressed", Map.of("threshold", page.settingThreshold())),
              Charts.HIDDEN,
              true));
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
        ParticipationCell c = cells.get(key(round, group, region));
        boolean h = isHidden(round, group, region);
        if (c == null) {
          row.add(Cell.number(page.messages.count(0)));
          row.add(Cell.number(page.messages.count(0)));
          row.add(Cell.number("—"));
          continue;
        }
        row.add(page.count(c.respondents(), h));
        row.add(Cell.number(page.messages.count(c.invited())));
        row.add(c.responseRate() == null ? Cell.number("—") : page.percent(c.responseRate(), h));
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
