package dev.stocktake.reports.suppression;

import dev.stocktake.schema.findings.Findings;
import dev.stocktake.schema.findings.ParticipationCell;
import dev.stocktake.schema.findings.SmallCells;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which participation counts the public edition hides: each round's stakeholder group × region
 * table, with its group totals, region totals and grand total, suppressed as a whole by {@link
 * SmallCells}, so that a hidden group cannot be had from the grand total or from the regions. In
 * the public edition the compare stage has hidden counts already (null): they are hidden here from
 * the start, and the table's own suppression adds to them.
 */
public final class ParticipationSuppression {
  private final Map<String, ParticipationCell> cells = new HashMap<>();
  private final Map<String, Boolean> hidden = new HashMap<>();
  private final List<String> groups;
  private final List<String> regions;

  /**
   * @param groupOrder the schema's groups, for a stable table; groups the findings name beyond them
   *     follow
   * @param threshold the smallest count shown (1 hides nothing)
   */
  public ParticipationSuppression(Findings findings, List<String> groupOrder, int threshold) {
    Set<String> g = new LinkedHashSet<>();
    Set<String> r = new LinkedHashSet<>();
    for (ParticipationCell c : findings.participation()) {
      cells.put(key(c.round(), c.group(), c.region()), c);
      if (!"all".equals(c.region())) {
        r.add(c.region());
      }
    }
    for (String known : groupOrder) {
      if (findings.participation().stream().anyMatch(c -> c.group().equals(known))) {
        g.add(known);
      }
    }
    for (ParticipationCell c : findings.participation()) {
      if (!"all".equals(c.group())) {
        g.add(c.group());
      }
    }
    this.groups = List.copyOf(g);
    this.regions = r.stream().sorted().toList();
    for (String round : findings.rounds()) {
      suppress(round, threshold);
    }
  }

  /** The groups of the table, in order. */
  public List<String> groups() {
    return groups;
  }

  /** The regions of the table, in order. */
  public List<String> regions() {
    return regions;
  }

  /** The cell of a round, group and region ({@code all} for a total), if the findings have it. */
  public ParticipationCell cell(String round, String group, String region) {
    return cells.get(key(round, group, region));
  }

  /**
   * Respondents of a round, group and region; 0 when the findings have no such cell, null when
   * compare hid the count.
   */
  public Long respondents(String round, String group, String region) {
    ParticipationCell c = cell(round, group, region);
    return c == null ? Long.valueOf(0) : c.respondents();
  }

  /** Whether the count of a round, group and region ({@code all} for a total) is hidden. */
  public boolean isHidden(String round, String group, String region) {
    return hidden.getOrDefault(key(round, group, region), false);
  }

  /** Whether any round hides the count of a group (region {@code all}) or region. */
  public boolean hidesAnywhere(String group, String region) {
    for (String k : hidden.keySet()) {
      String[] parts = k.split("\u0000", -1);
      if (parts[1].equals(group) && parts[2].equals(region) && hidden.get(k)) {
        return true;
      }
    }
    return false;
  }

  private static String key(String round, String group, String region) {
    return round + "\u0000" + group + "\u0000" + region;
  }

  private void suppress(String round, int threshold) {
    List<String> rowIds = new ArrayList<>(groups);
    rowIds.add("all");
    List<String> columnIds = new ArrayList<>(regions);
    columnIds.add("all");
    long[][] table = new long[rowIds.size()][columnIds.size()];
    boolean[][] withheld = new boolean[rowIds.size()][columnIds.size()];
    for (int gi = 0; gi < rowIds.size(); gi++) {
      for (int ri = 0; ri < columnIds.size(); ri++) {
        Long n = respondents(round, rowIds.get(gi), columnIds.get(ri));
        table[gi][ri] = n == null ? 0 : n;
        withheld[gi][ri] = n == null;
      }
    }
    boolean[][] out = SmallCells.suppress(table, withheld, threshold);
    for (int gi = 0; gi < rowIds.size(); gi++) {
      for (int ri = 0; ri < columnIds.size(); ri++) {
        hidden.put(key(round, rowIds.get(gi), columnIds.get(ri)), out[gi][ri]);
      }
    }
  }
}
