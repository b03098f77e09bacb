package dev.stocktake.reports.html;

import dev.stocktake.reports.view.Block;
import dev.stocktake.reports.view.Cell;
import dev.stocktake.reports.view.Chart;
import dev.stocktake.reports.view.Legend;
import dev.stocktake.reports.view.Row;
import dev.stocktake.reports.view.Table;
import dev.stocktake.schema.findings.Comparison;
import dev.stocktake.schema.findings.Findings;
import dev.stocktake.schema.findings.OpenAnswers;
import dev.stocktake.schema.findings.OpenAnswers.Campaign;
import dev.stocktake.schema.findings.OpenAnswers.Coding;
import dev.stocktake.schema.findings.OpenAnswers.ThemeCount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Themes in open answers: for each coded question, how many answers carried each theme in each
 * round, how many were coded, matched no theme or were left blank, what changed between rounds in
 * plain words, and organised campaigns. In the public edition a theme's count is hidden when it, or
 * the answers without it, are fewer than the threshold, and so is any count the compare stage hid
 * (null): no share is given beside a hidden count or a hidden number of answers, and a sentence
 * needing a hidden count is left out.
 */
final class ThemeSection {
  private final Page page;
  private final Findings findings;
  private final BiFunction<String, String, String> themeLabel;

  /**
   * @param themeLabel (codebook, theme) → the theme's label in the report language
   */
  ThemeSection(Page page, Findings findings, BiFunction<String, String, String> themeLabel) {
    this.page = page;
    this.findings = findings;
    this.themeLabel = themeLabel;
  }

  List<Block> blocks() {
    OpenAnswers open = findings.openAnswers();
    Map<String, List<ThemeCount>> byQuestion = new LinkedHashMap<>();
    for (ThemeCount t : open.themes()) {
      if ("all".equals(t.group())) {
        byQuestion.computeIfAbsent(t.question(), k -> new ArrayList<>()).add(t);
      }
    }
    for (Coding c : open.coding()) {
      byQuestion.computeIfAbsent(c.question(), k -> new ArrayList<>());
    }
    List<Block> blocks = new ArrayList<>();
    int index = 0;
    for (Map.Entry<String, List<ThemeCount>> e : byQuestion.entrySet()) {
      blocks.add(block("themes-" + (++index), e.getKey(), e.getValue(), open));
    }
    return blocks;
  }

  /**
   * A campaign in words, with what counting it once changes: the share of its first theme, or, for
   * a campaign without themes or whose theme's figures are hidden, the number of answers; null when
   * that is hidden too.
   */
  private String campaign(Campaign c, List<ThemeCount> counts, Long answered, String codebook) {
    ThemeCount theme =
        c.themes().isEmpty()
            ? null
            : counts.stream()
                .filter(t -> t.round().equals(c.round()) && t.theme().equals(c.themes().get(0)))
                .findFirst()
                .orElse(null);
    if (theme == null
        || theme.share() == null
        || theme.respondentsOnce() == null
        || theme.answeredOnce() == null
        || theme.answeredOnce() == 0) {
      if (answered == null) {
        return null;
      }
      return page.t(
          "report.themes.campaign_plain",
          Map.of(
              "size",
              c.size(),
              "exact",
              c.exact() ? "yes" : "no",
              "round",
              c.round(),
              "answered",
              answered,
              "answered_once",
              answered - c.size() + 1));
    }
    return page.t(
        "report.themes.campaign",
        Map.of(
            "size", c.size(),
            "exact", c.exact() ? "yes" : "no",
            "round", c.round(),
            "theme", themeLabel.apply(codebook, theme.theme()),
            "share", theme.share(),
            "share_once", theme.respondentsOnce() / (double) theme.answeredOnce()));
  }

  private Block block(String id, String question, List<ThemeCount> counts, OpenAnswers open) {
    List<String> rounds =
        findings.rounds().stream()
            .filter(
                r ->
                    open.coding().stream()
                        .anyMatch(c -> c.question().equals(question) && c.round().equals(r)))
            .toList();
    Map<String, Coding> coding = new LinkedHashMap<>();
    for (Coding c : open.coding()) {
      if (c.question().equals(question) && "all".equals(c.group())) {
        coding.put(c.round(), c);
      }
    }
    String codebook = coding.values().stream().map(Coding::codebook).findFirst().orElse("");
    // The non-blank answers of each round: coded and not; if compare hid either, the number a
    // theme count gives, which compare hides on its own; null when hidden everywhere.
    Map<String, Long> answeredIn = new LinkedHashMap<>();
    for (String round : rounds) {
      Long answered = answered(coding.get(round));
      for (ThemeCount t : counts) {
        if (answered == null && t.round().equals(round)) {
          answered = t.answered();
        }
      }
      answeredIn.put(round, answered);
    }
    Set<String> themes = new LinkedHashSet<>();
    counts.forEach(t -> themes.add(t.theme()));
    List<String> sentences = new ArrayList<>();
    for (Coding c : coding.values()) {
      boolean hidden =
          c.asked() == null
              || c.coded() == null
              || c.uncoded() == null
              || c.blank() == null
              || (c.asked() > 0 && c.asked() < page.threshold());
      if (!hidden) {
        sentences.add(
            page.t(
                "report.themes.coding",
                Map.of(
                    "round", c.round(),
                    "answered", c.coded() + c.uncoded(),
                    "coded", c.coded(),
                    "uncoded", c.uncoded(),
                    "blank", c.blank())));
        long answered = c.coded() + c.uncoded();
        if (c.byHand() != null && c.byHand() > 0 && answered > 0) {
          sentences.add(
              page.t(
                  "report.themes.by_hand",
                  Map.of(
                      "round", c.round(),
                      "by_hand", c.byHand(),
                      "share", c.byHand() / (double) answered)));
        }
      }
    }
    for (Comparison t : open.tests()) {
      if (t.question().equals(question)
          && "all".equals(t.group())
          && Results.shown(page, t)
          && Results.significant(t)) {
        String theme = themeLabel.apply(codebook, t.choice());
        sentences.add(
            page.t(
                "report.themes." + (t.effect() != null && t.effect() < 0 ? "fewer" : "more"),
                Map.of(
                    "theme", theme,
                    "from_round", t.fromRound(),
                    "to_round", t.toRound(),
                    "size", page.t("report.effect.size." + Results.size(t)),
                    "test", page.t("report.test.name." + t.test()),
                    "p_adjusted", new dev.stocktake.translations.PValue(t.pAdjusted()))));
      }
    }
    for (Campaign c : open.campaigns()) {
      if (c.question().equals(question) && c.size() >= page.threshold()) {
        String sentence = campaign(c, counts, answeredIn.get(c.round()), codebook);
        if (sentence != null) {
          sentences.add(sentence);
        }
      }
    }

    List<Row> rows = new ArrayList<>();
    List<dev.stocktake.reports.view.Bar> bars = new ArrayList<>();
    List<Legend> legend = new ArrayList<>();
    for (int r = 0; r < rounds.size(); r++) {
      legend.add(new Legend(rounds.get(r), Charts.colour(r, rounds.size() + 1, true), false));
    }
    boolean anyHidden = false;
    for (String theme : themes) {
      String name = themeLabel.apply(codebook, theme);
      List<Cell> cells = new ArrayList<>();
      for (int r = 0; r < rounds.size(); r++) {
        String round = rounds.get(r);
        ThemeCount t =
            counts.stream()
                .filter(x -> x.theme().equals(theme) && x.round().equals(round))
                .findFirst()
                .orElse(null);
        Long n = t == null ? Long.valueOf(0) : t.respondents();
        Long answered = answeredIn.get(round);
        // A count compare hid is hidden; one shown beside a hidden number of answers is not, but
        // its share would give that number away.
        boolean hidden = n == null || (answered != null && page.hidesPart(n, answered));
        boolean shareHidden = hidden || answered == null;
        anyHidden |= shareHidden;
        double share = shareHidden || answered == 0 ? 0 : n / (double) answered;
        cells.add(page.shareAndCount(shareHidden ? null : share, n, hidden));
        if (answered == null || answered > 0) {
          bars.add(page.shareBar(name, round, share, r, rounds.size(), shareHidden));
        }
      }
      rows.add(new Row(name, cells, false));
    }
    List<Cell> uncoded = new ArrayList<>();
    List<Cell> answeredCells = new ArrayList<>();
    for (String round : rounds) {
      Coding c = coding.get(round);
      Long answered = answeredIn.get(round);
      boolean hidden = answered == null || (answered > 0 && answered < page.threshold());
      Long none = c == null ? Long.valueOf(0) : c.uncoded();
      boolean noneHidden = hidden || none == null || (none > 0 && none < page.threshold());
      anyHidden |= hidden || noneHidden;
      uncoded.add(
          page.shareAndCount(
              noneHidden || answered == 0 ? 0 : none / (double) answered, none, noneHidden));
      answeredCells.add(page.count(answered, hidden));
    }
    rows.add(new Row(page.t("report.themes.uncoded"), uncoded, false));
    rows.add(new Row(page.t("report.row.answered"), answeredCells, true));
    if (anyHidden) {
      legend.add(page.suppressedLegend());
    }
    String label = page.labels.question(question);
    List<String> columns = new ArrayList<>();
    columns.add(page.t("report.column.theme"));
    columns.addAll(rounds);
    Chart chart =
        new Chart(
            id + "-chart", page.t("report.chart.themes", Map.of("question", label)), bars, legend);
    return new Block(
        id,
        label,
        sentences,
        chart,
        List.of(new Table(page.t("report.table.themes", Map.of("question", label)), columns, rows)),
        null,
        List.of(page.t("report.themes.method")));
  }

  /** The non-blank answers, coded and not; null when compare hid either. */
  private static Long answered(Coding c) {
    return c == null
        ? Long.valueOf(0)
        : c.coded() == null || c.uncoded() == null ? null : c.coded() + c.uncoded();
  }
}
