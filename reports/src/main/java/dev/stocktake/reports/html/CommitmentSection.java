package dev.stocktake.reports.html;

import dev.stocktake.reports.view.Bar;
import dev.stocktake.reports.view.Block;
import dev.stocktake.reports.view.Cell;
import dev.stocktake.reports.view.Chart;
import dev.stocktake.reports.view.Legend;
import dev.stocktake.reports.view.Row;
import dev.stocktake.reports.view.Table;
import dev.stocktake.schema.findings.CommitmentProgress;
import dev.stocktake.schema.findings.CommitmentProgress.LevelShare;
import dev.stocktake.schema.findings.Findings;
import dev.stocktake.schema.findings.SmallCells;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Progress on each commitment of the framework: the share of answers at each level of
 * implementation, round by round, as stacked bars with their table. In the public edition each
 * round's levels are suppressed as one line with its total, and a change between rounds is shown
 * only when both of its shares are.
 */
final class CommitmentSection {
  private final Page page;
  private final Findings findings;

  CommitmentSection(Page page, Findings findings) {
    this.page = page;
    this.findings = findings;
  }

  List<Block> blocks() {
    Map<String, Map<String, CommitmentProgress>> byItem = new LinkedHashMap<>();
    for (CommitmentProgress p : findings.commitments()) {
      if ("all".equals(p.group())) {
        byItem.computeIfAbsent(p.item(), k -> new LinkedHashMap<>()).put(p.round(), p);
      }
    }
    List<Block> blocks = new ArrayList<>();
    int index = 0;
    for (Map.Entry<String, Map<String, CommitmentProgress>> e : byItem.entrySet()) {
      blocks.add(block("commitment-" + (++index), e.getKey(), e.getValue()));
    }
    return blocks;
  }

  private Block block(String id, String item, Map<String, CommitmentProgress> byRound) {
    Set<String> levelSet = new LinkedHashSet<>();
    byRound.values().forEach(p -> p.levels().forEach(l -> levelSet.add(l.level())));
    List<String> levels = List.copyOf(levelSet);
    Map<String, boolean[]> hidden = new LinkedHashMap<>();
    for (String round : findings.rounds()) {
      CommitmentProgress p = byRound.get(round);
      if (p == null) {
        continue;
      }
      // The counts compare hid (null) are withheld from the start; the report's own rule adds.
      long[] line = new long[levels.size() + 1];
      boolean[] withheld = new boolean[levels.size() + 1];
      for (int i = 0; i <= levels.size(); i++) {
        Long n = i < levels.size() ? count(p, levels.get(i)) : p.answers();
        line[i] = n == null ? 0 : n;
        withheld[i] = n == null;
      }
      hidden.put(round, SmallCells.suppressLine(line, withheld, page.threshold()));
    }
    String itemName = page.labels.item(item);
    List<Legend> legend = new ArrayList<>();
    for (int i = 0; i < levels.size(); i++) {
      legend.add(
          new Legend(
              Scales.level(page.labels, levels.get(i)),
              Charts.colour(i, levels.size(), true),
              false));
    }
    List<Bar> bars = new ArrayList<>();
    boolean anyHidden = false;
    for (Map.Entry<String, boolean[]> r : hidden.entrySet()) {
      CommitmentProgress p = byRound.get(r.getKey());
      boolean[] h = r.getValue();
      if (h[levels.size()] || p.answers() == null || p.answers() == 0) {
        continue;
      }
      List<Long> counts = new ArrayList<>();
      for (int i = 0; i < levels.size(); i++) {
        anyHidden |= h[i];
        counts.add(count(p, levels.get(i)));
      }
      List<Charts.Piece> pieces =
          Charts.pieces(counts, h, p.answers(), i -> Charts.colour(i, levels.size(), true));
      bars.add(
          Charts.bar(
              r.getKey(),
              pieces,
              page.t("report.chart.answers", Map.of("count", p.answers())),
              page.rightToLeft()));
    }
    if (anyHidden) {
      legend.add(page.suppressedLegend());
    }
    Chart chart =
        new Chart(
            id + "-chart",
            page.t("report.chart.progress", Map.of("item", itemName, "rounds", bars.size())),
            bars,
            legend);
    return new Block(
        id,
        itemName,
        sentences(levels, byRound, hidden),
        chart,
        List.of(table(itemName, levels, byRound, hidden)),
        null,
        List.of());
  }

  /** The change in the share at the highest level between the first and the last round. */
  private List<String> sentences(
      List<String> levels, Map<String, CommitmentProgress> byRound, Map<String, boolean[]> hidden) {
    List<String> rounds = List.copyOf(hidden.keySet());
    if (rounds.size() < 2 || levels.isEmpty()) {
      return List.of();
    }
    int top = levels.size() - 1;
    String from = rounds.get(0);
    String to = rounds.get(rounds.size() - 1);
    String level = Scales.level(page.labels, levels.get(top));
    int total = levels.size();
    Double fromShare = share(byRound.get(from), levels.get(top), hidden.get(from), total);
    Double toShare = share(byRound.get(to), levels.get(top), hidden.get(to), total);
    if (hidden.get(from)[top] || hidden.get(to)[top] || fromShare == null || toShare == null) {
      return List.of(page.t("report.progress.top_hidden", Map.of("level", level)));
    }
    return List.of(
        page.t(
            "report.progress.top",
            Map.of(
                "level", level,
                "from_round", from,
                "to_round", to,
                "from_share", fromShare,
                "to_share", toShare,
                "points", Math.round((toShare - fromShare) * 1000) / 10.0)));
  }

  private Table table(
      String itemName,
      List<String> levels,
      Map<String, CommitmentProgress> byRound,
      Map<String, boolean[]> hidden) {
    List<String> columns = new ArrayList<>();
    columns.add(page.t("report.column.level"));
    for (String round : hidden.keySet()) {
      columns.add(round);
    }
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < levels.size(); i++) {
      List<Cell> cells = new ArrayList<>();
      for (Map.Entry<String, boolean[]> r : hidden.entrySet()) {
        CommitmentProgress p = byRound.get(r.getKey());
        cells.add(
            page.shareAndCount(
                share(p, levels.get(i), r.getValue(), levels.size()),
                count(p, levels.get(i)),
                r.getValue()[i]));
      }
      rows.add(new Row(Scales.level(page.labels, levels.get(i)), cells, false));
    }
    List<Cell> totals = new ArrayList<>();
    for (Map.Entry<String, boolean[]> r : hidden.entrySet()) {
      totals.add(page.count(byRound.get(r.getKey()).answers(), r.getValue()[levels.size()]));
    }
    rows.add(new Row(page.t("report.row.answers"), totals, true));
    return new Table(page.t("report.table.progress", Map.of("item", itemName)), columns, rows);
  }

  /** The answers at a level: 0 when the round has none, null when compare hid the count. */
  private static Long count(CommitmentProgress p, String level) {
    long n = 0;
    for (LevelShare l : p.levels()) {
      if (l.level().equals(level)) {
        if (l.count() == null) {
          return null;
        }
        n += l.count();
      }
    }
    return n;
  }

  /**
   * A level's share of the round's answers; null when its count or the total is not shown (hidden
   * here or by compare), since it would give the hidden one away. 0 of any total is 0.
   */
  private static Double share(CommitmentProgress p, String level, boolean[] hidden, int total) {
    Long n = count(p, level);
    if (n == null) {
      return null;
    }
    if (n == 0) {
      return 0.0;
    }
    if (hidden[total] || p.answers() == null) {
      return null;
    }
    return p.answers() == 0 ? 0.0 : n / (double) p.answers();
  }
}
