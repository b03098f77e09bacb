package dev.stocktake.reports.html;

import dev.stocktake.reports.input.DataCounts;
import dev.stocktake.reports.view.Block;
import dev.stocktake.reports.view.Cell;
import dev.stocktake.reports.view.Row;
import dev.stocktake.reports.view.Table;
import dev.stocktake.schema.clearance.ClearanceDecision;
import dev.stocktake.schema.clearance.Consent;
import dev.stocktake.schema.clearance.RespondentAnswers;
import dev.stocktake.schema.findings.Comparison;
import dev.stocktake.schema.findings.Findings;
import dev.stocktake.schema.findings.SmallCells;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Methodology and data notes: how rounds are compared and tested, and what is behind the figures —
 * rows read, quarantined and superseded, cells hidden, consent and clearance, and texts shown in
 * the source language for want of a translation.
 */
final class NotesSection {
  private final Page page;

  NotesSection(Page page) {
    this.page = page;
  }

  List<String> methodology(Findings findings) {
    List<String> out = new ArrayList<>();
    out.add(page.t("report.methodology.rounds"));
    out.add(page.t("report.methodology.independent"));
    if (!findings.panel().isEmpty()) {
      out.add(page.t("report.methodology.panel"));
    }
    out.add(page.t("report.methodology.adjustment", Map.of("alpha", Results.ALPHA)));
    out.add(page.t("report.methodology.key_findings"));
    Set<String> tests = new LinkedHashSet<>();
    Set<String> effects = new LinkedHashSet<>();
    for (Comparison c : findings.comparisons()) {
      tests.add(c.test());
      if (c.effectName() != null) {
        effects.add(c.effectName());
      }
    }
    tests.forEach(t -> out.add(page.t("report.test.description." + t)));
    effects.forEach(e -> out.add(page.t("report.effect.description." + e)));
    out.add(page.t("report.methodology.effect_sizes"));
    if (page.publicEdition) {
      out.add(
          page.t("report.methodology.suppression", Map.of("threshold", page.settingThreshold())));
    }
    return out;
  }

  Block data(DataCounts data) {
    List<String> sentences = new ArrayList<>();
    int files = data.rounds().stream().mapToInt(DataCounts.RoundCounts::files).sum();
    DataCounts.Counts t = data.total();
    sentences.add(page.t("report.data.rows_read", Map.of("count", t.rowsRead(), "files", files)));
    sentences.add(page.t("report.data.rows_accepted", Map.of("count", t.accepted())));
    sentences.add(page.t("report.data.rows_quarantined", Map.of("count", t.quarantined())));
    sentences.add(page.t("report.data.rows_superseded", Map.of("count", t.superseded())));
    if (t.rowsRead() == t.accepted() + t.quarantined() + t.superseded()) {
      sentences.add(page.t("report.data.reconciled"));
    }
    sentences.add(
        page.t(
            "report.data.answers",
            Map.of("written", t.answersWritten(), "quarantined", t.answersQuarantined())));
    List<Row> rows = new ArrayList<>();
    for (DataCounts.RoundCounts r : data.rounds()) {
      DataCounts.Counts c = r.counts();
      rows.add(
          new Row(
              r.round(),
              List.of(
                  number(c.rowsRead()),
                  number(c.accepted()),
                  number(c.quarantined()),
                  number(c.superseded())),
              false));
    }
    List<Table> tables = new ArrayList<>();
    tables.add(
        new Table(
            page.t("report.table.rows"),
            List.of(
                page.t("report.column.round"),
                page.t("report.column.rows_read"),
                page.t("report.column.accepted"),
                page.t("report.column.quarantined"),
                page.t("report.column.superseded")),
            rows));
    if (!data.quarantineByReason().isEmpty()) {
      List<Row> reasons = new ArrayList<>();
      new TreeMap<>(data.quarantineByReason())
          .forEach((reason, n) -> reasons.add(new Row(reason, List.of(number(n)), false)));
      tables.add(
          new Table(
              page.t("report.table.quarantine"),
              List.of(page.t("report.column.reason"), page.t("report.column.quarantined")),
              reasons));
    }
    return new Block(
        "data-rows", page.t("report.heading.data_rows"), sentences, null, tables, null, List.of());
  }

  Block suppression() {
    String sentence =
        page.publicEdition
            ? page.t(
                "report.data.suppressed",
                Map.of("cells", page.hiddenCells(), "threshold", page.settingThreshold()))
            : page.t("report.data.not_suppressed");
    return new Block(
        "data-suppression",
        page.t("report.heading.data_suppression"),
        List.of(sentence),
        null,
        List.of(),
        null,
        List.of());
  }

  Block consent(List<RespondentAnswers> respondents, List<ClearanceDecision> decisions) {
    List<String> sentences = new ArrayList<>();
    List<Table> tables = new ArrayList<>();
    if (respondents.isEmpty()) {
      sentences.add(page.t("report.data.no_consent"));
    } else {
      String round = respondents.get(0).round();
      Consent[] states = Consent.values();
      long[] line = new long[states.length + 1];
      for (RespondentAnswers r : respondents) {
        line[r.consent().ordinal()]++;
      }
      line[states.length] = respondents.size();
      boolean[] hidden = SmallCells.suppressLine(line, page.threshold());
      List<Row> rows = new ArrayList<>();
      for (Consent c : states) {
        rows.add(
            new Row(
                page.t("report.consent." + c.code()),
                List.of(page.count(line[c.ordinal()], hidden[c.ordinal()])),
                false));
      }
      rows.add(
          new Row(
              page.t("report.row.total"),
              List.of(page.count(line[states.length], hidden[states.length])),
              true));
      sentences.add(page.t("report.data.consent", Map.of("round", round)));
      tables.add(
          new Table(
              page.t("report.table.consent", Map.of("round", round)),
              List.of(page.t("report.column.consent"), page.t("report.column.respondents")),
              rows));
    }
    long redacted =
        decisions.stream().filter(d -> d.decision() == ClearanceDecision.Decision.REDACTED).count();
    long cleared = decisions.size() - redacted;
    sentences.add(
        page.t("report.data.decisions", Map.of("redacted", redacted, "cleared", cleared)));
    return new Block(
        "data-consent",
        page.t("report.heading.data_consent"),
        sentences,
        null,
        tables,
        null,
        List.of());
  }

  /** What was shown in the source language; call last, once everything else is formatted. */
  Block translations(String sourceLanguageName, boolean draft) {
    List<String> sentences = new ArrayList<>();
    if (draft) {
      sentences.add(page.t("report.note.draft"));
    }
    Set<String> labels = page.labels.fallbacks();
    List<String> messages = page.messages.fallbacks();
    int count = labels.size() + messages.size();
    if (count == 0) {
      sentences.add(page.t("report.data.no_fallbacks"));
    } else {
      sentences.add(
          page.t("report.note.fallback", Map.of("count", count, "language", sourceLanguageName)));
    }
    List<Table> tables = new ArrayList<>();
    if (count > 0) {
      // By kind of text, not by id or key: the report is for readers; `stocktake translations
      // check` lists the keys for translators.
      Map<String, Long> byKind = new TreeMap<>();
      labels.forEach(l -> byKind.merge(l.substring(0, l.indexOf(' ')), 1L, Long::sum));
      if (!messages.isEmpty()) {
        byKind.put("message", (long) messages.size());
      }
      List<Row> rows = new ArrayList<>();
      byKind.forEach(
          (kind, n) ->
              rows.add(new Row(page.t("report.fallback." + kind), List.of(number(n)), false)));
      tables.add(
          new Table(
              page.t("report.table.fallbacks", Map.of("language", sourceLanguageName)),
              List.of(page.t("report.column.text"), page.t("report.column.count")),
              rows));
    }
    return new Block(
        "data-translations",
        page.t("report.heading.data_translations"),
        sentences,
        null,
        tables,
        null,
        List.of());
  }

  private Cell number(long n) {
    return Cell.number(page.messages.count(n));
  }
}
