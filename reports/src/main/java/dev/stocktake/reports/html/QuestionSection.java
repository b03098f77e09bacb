package dev.stocktake.reports.html;

import dev.stocktake.reports.view.Bar;
import dev.stocktake.reports.view.Block;
import dev.stocktake.reports.view.Cell;
import dev.stocktake.reports.view.Chart;
import dev.stocktake.reports.view.Legend;
import dev.stocktake.reports.view.Part;
import dev.stocktake.reports.view.Row;
import dev.stocktake.reports.view.Table;
import dev.stocktake.schema.ChoiceList;
import dev.stocktake.schema.Question;
import dev.stocktake.schema.QuestionType;
import dev.stocktake.schema.Section;
import dev.stocktake.schema.SurveySchema;
import dev.stocktake.schema.findings.Comparison;
import dev.stocktake.schema.findings.Distribution;
import dev.stocktake.schema.findings.Findings;
import dev.stocktake.schema.findings.SmallCells;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Question by question, in the survey's sections: what respondents answered in each round, as bars
 * and a table, and what the tests between rounds say in plain words. In the public edition a
 * round's answers to a question are suppressed as one line with the number who answered.
 */
final class QuestionSection {
  private final Page page;
  private final Findings findings;
  private final Map<String, List<Distribution>> byQuestion = new LinkedHashMap<>();
  private int index;

  QuestionSection(Page page, Findings findings, List<Distribution> distributions) {
    this.page = page;
    this.findings = findings;
    for (Distribution d : distributions) {
      if ("all".equals(d.group())) {
        byQuestion.computeIfAbsent(d.question(), k -> new ArrayList<>()).add(d);
      }
    }
  }

  List<Part> parts() {
    SurveySchema schema = page.labels.schema();
    Map<String, List<Block>> bySection = new LinkedHashMap<>();
    for (Section s : schema.sections()) {
      bySection.put(s.id(), new ArrayList<>());
    }
    for (Question q : schema.questions()) {
      List<Distribution> rows = byQuestion.get(q.id());
      rows = rows == null ? null : Merged.fold(rows);
      if (rows == null || q.type() == QuestionType.TEXT) {
        continue;
      }
      Optional<Block> block = block(q, rows);
      if (block.isPresent()) {
        bySection
            .computeIfAbsent(q.section() == null ? "" : q.section(), k -> new ArrayList<>())
            .add(block.get());
      }
    }
    List<Part> parts = new ArrayList<>();
    int n = 0;
    for (Map.Entry<String, List<Block>> e : bySection.entrySet()) {
      if (!e.getValue().isEmpty()) {
        String heading =
            e.getKey().isEmpty()
                ? page.t("report.heading.other_questions")
                : page.labels.section(e.getKey());
        parts.add(new Part("section-" + (++n), heading, e.getValue()));
      }
    }
    return parts;
  }

  private List<String> rounds(List<Distribution> rows) {
    Set<String> present = new LinkedHashSet<>();
    rows.forEach(d -> present.add(d.round()));
    return findings.rounds().stream().filter(present::contains).toList();
  }

  private Optional<Block> block(Question q, List<Distribution> rows) {
    String id = "question-" + (++index);
    String label = page.labels.question(q.id());
    List<Comparison> tests =
        findings.comparisons().stream().filter(c -> c.question().equals(q.id())).toList();
    List<String> sentences = sentences(q, tests);
    List<String> notes = notes(tests);
    List<Table> tables = new ArrayList<>();
    Chart chart = null;
    if (q.type() == QuestionType.INTEGER || q.type() == QuestionType.DECIMAL) {
      tables.add(summaryTable(label, rows));
    } else if (q.type() == QuestionType.MULTI_CHOICE) {
      ChoiceTable t = multiChoice(id, q, label, rows);
      chart = t.chart;
      tables.add(t.table);
    } else if (q.type().hasChoices()) {
      ChoiceTable t = singleChoice(id, q, label, rows);
      chart = t.chart;
      tables.add(t.table);
    } else {
      return Optional.empty();
    }
    Table details =
        tests.isEmpty() ? null : TestTable.of(page, label, tests, code -> choice(q, code));
    return Optional.of(new Block(id, label, sentences, chart, tables, details, notes));
  }

  private record ChoiceTable(Chart chart, Table table) {}

  /** The values of a question in the order of its choice list; merged old codes at their first. */
  private List<String> values(Question q, List<Distribution> rows) {
    List<String> codes =
        page.labels.schema().choicesOf(q).map(ChoiceList::codes).orElse(List.of("yes", "no"));
    Set<String> values = new LinkedHashSet<>();
    rows.stream().filter(Distribution::isShare).forEach(d -> values.add(d.value()));
    return values.stream()
        .sorted(
            Comparator.comparingInt(
                (String v) -> {
                  int at = codes.indexOf(v.split("\\|")[0]);
                  return at < 0 ? Integer.MAX_VALUE : at;
                }))
        .toList();
  }

  private boolean ordered(Question q) {
    return q.type() == QuestionType.LIKERT
        || page.labels
            .schema()
            .choicesOf(q)
            .map(l -> Boolean.TRUE.equals(l.ordered()))
            .orElse(false);
  }

  private static Distribution find(List<Distribution> rows, String round, String value) {
    for (Distribution d : rows) {
      if (d.isShare() && d.round().equals(round) && d.value().equals(value)) {
        return d;
      }
    }
    return null;
  }

  /** How many gave {@code value} in a round: 0 without a line, null when compare hid it. */
  private static Long count(List<Distribution> rows, String round, String value) {
    Distribution d = find(rows, round, value);
    return d == null ? Long.valueOf(0) : d.respondents();
  }

  /**
   * How many answered the question in a round, from its share lines: null when compare hid it (an
   * empty cell on any of them).
   */
  private static Long answered(List<Distribution> rows, String round) {
    long max = 0;
    for (Distribution d : rows) {
      if (d.isShare() && d.round().equals(round)) {
        if (d.answered() == null) {
          return null;
        }
        max = Math.max(max, d.answered());
      }
    }
    return max;
  }

  /**
   * The share to show beside a count: none beside a hidden total, since it would give the total
   * away (0 of any total is 0), else the line's own, or its count of the total when the line has
   * none.
   */
  private static Double share(Distribution d, boolean totalHidden) {
    if (totalHidden) {
      return Long.valueOf(0).equals(d.respondents()) ? 0.0 : null;
    }
    if (d.share() != null) {
      return d.share();
    }
    return d.respondents() == null || d.answered() == null || d.answered() == 0
        ? 0.0
        : d.respondents() / (double) d.answered();
  }

  private ChoiceTable singleChoice(String id, Question q, String label, List<Distribution> rows) {
    List<String> values = values(q, rows);
    List<String> rounds = rounds(rows);
    boolean ordered = ordered(q);
    Map<String, boolean[]> hidden = new LinkedHashMap<>();
    for (String round : rounds) {
      // The counts compare hid are withheld from the start; the report's own rule adds to them.
      long[] line = new long[values.size() + 1];
      boolean[] withheld = new boolean[values.size() + 1];
      for (int i = 0; i <= values.size(); i++) {
        Long n = i < values.size() ? count(rows, round, values.get(i)) : answered(rows, round);
        line[i] = n == null ? 0 : n;
        withheld[i] = n == null;
      }
      hidden.put(round, SmallCells.suppressLine(line, withheld, page.threshold()));
    }
    List<Legend> legend = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      legend.add(
          new Legend(choice(q, values.get(i)), Charts.colour(i, values.size(), ordered), false));
    }
    List<Bar> bars = new ArrayList<>();
    boolean anyHidden = false;
    for (String round : rounds) {
      boolean[] h = hidden.get(round);
      Long answered = answered(rows, round);
      if (h[values.size()] || answered == null || answered == 0) {
        continue;
      }
      List<Long> counts = new ArrayList<>();
      for (int i = 0; i < values.size(); i++) {
        anyHidden |= h[i];
        counts.add(count(rows, round, values.get(i)));
      }
      List<Charts.Piece> pieces =
          Charts.pieces(counts, h, answered, i -> Charts.colour(i, values.size(), ordered));
      bars.add(
          Charts.bar(
              round,
              pieces,
              page.t("report.chart.answers", Map.of("count", answered)),
              page.rightToLeft()));
    }
    if (anyHidden) {
      legend.add(page.suppressedLegend());
    }
    Chart chart =
        new Chart(
            id + "-chart",
            page.t("report.chart.distribution", Map.of("question", label)),
            bars,
            legend);
    List<Row> tableRows = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      List<Cell> cells = new ArrayList<>();
      for (String round : rounds) {
        Distribution d = find(rows, round, values.get(i));
        boolean[] h = hidden.get(round);
        cells.add(
            d == null
                ? page.shareAndCount(0.0, 0L, false)
                : page.shareAndCount(share(d, h[values.size()]), d.respondents(), h[i]));
      }
      tableRows.add(new Row(choice(q, values.get(i)), cells, false));
    }
    tableRows.add(answeredRow(rows, rounds, hidden, values.size()));
    return new ChoiceTable(
        chart, new Table(distributionCaption(label), columns(rounds), tableRows));
  }

  /**
   * A multi-choice question: each choice is its own yes/no line, so a count is hidden when either
   * those who chose it or those who did not are fewer than the threshold.
   */
  private ChoiceTable multiChoice(String id, Question q, String label, List<Distribution> rows) {
    List<String> values = values(q, rows);
    List<String> rounds = rounds(rows);
    List<Bar> bars = new ArrayList<>();
    List<Row> tableRows = new ArrayList<>();
    boolean anyHidden = false;
    Map<String, boolean[]> answeredHidden = new LinkedHashMap<>();
    for (String round : rounds) {
      Long n = answered(rows, round);
      answeredHidden.put(round, new boolean[] {n == null || (n > 0 && n < page.threshold())});
    }
    List<Legend> legend = new ArrayList<>();
    for (int r = 0; r < rounds.size(); r++) {
      legend.add(new Legend(rounds.get(r), Charts.colour(r, rounds.size() + 1, true), false));
    }
    for (int i = 0; i < values.size(); i++) {
      String name = choice(q, values.get(i));
      List<Cell> cells = new ArrayList<>();
      for (int r = 0; r < rounds.size(); r++) {
        String round = rounds.get(r);
        Long chose = count(rows, round, values.get(i));
        Long n = answered(rows, round);
        // A null count or total is one compare hid: the choice is hidden, its share unknown.
        boolean h = answeredHidden.get(round)[0] || chose == null || page.hidesPart(chose, n);
        anyHidden |= h;
        double share = h || n == 0 ? 0 : chose / (double) n;
        cells.add(page.shareAndCount(share, chose, h));
        if (n == null || n > 0) {
          bars.add(page.shareBar(name, round, share, r, rounds.size(), h));
        }
      }
      tableRows.add(new Row(name, cells, false));
    }
    if (anyHidden) {
      legend.add(page.suppressedLegend());
    }
    tableRows.add(answeredRow(rows, rounds, answeredHidden, 0));
    Chart chart =
        new Chart(
            id + "-chart",
            page.t("report.chart.multi_choice", Map.of("question", label)),
            bars,
            legend);
    return new ChoiceTable(
        chart, new Table(distributionCaption(label), columns(rounds), tableRows));
  }

  private Row answeredRow(
      List<Distribution> rows, List<String> rounds, Map<String, boolean[]> hidden, int at) {
    List<Cell> cells = new ArrayList<>();
    for (String round : rounds) {
      cells.add(page.count(answered(rows, round), hidden.get(round)[at]));
    }
    return new Row(page.t("report.row.answered"), cells, true);
  }

  private List<String> columns(List<String> rounds) {
    List<String> columns = new ArrayList<>();
    columns.add(page.t("report.column.choice"));
    columns.addAll(rounds);
    return columns;
  }

  private String distributionCaption(String label) {
    return page.t("report.table.distribution", Map.of("question", label));
  }

  private Table summaryTable(String label, List<Distribution> rows) {
    List<Row> out = new ArrayList<>();
    for (String round : rounds(rows)) {
      Distribution d =
          rows.stream()
              .filter(x -> !x.isShare() && x.round().equals(round))
              .findFirst()
              .orElse(null);
      if (d == null) {
        continue;
      }
      // A summary compare hid has no count and no figures; the report's own rule adds to it.
      Long answered = d.answered();
      boolean h =
          answered == null
              || d.respondents() == null
              || (answered > 0 && answered < page.threshold());
      out.add(
          new Row(
              round,
              List.of(
                  page.count(answered, h),
                  number(d.mean(), h),
                  number(d.median(), h),
                  number(d.q1(), h),
                  number(d.q3(), h)),
              false));
    }
    return new Table(
        page.t("report.table.summary", Map.of("question", label)),
        List.of(
            page.t("report.column.round"),
            page.t("report.column.count"),
            page.t("report.column.mean"),
            page.t("report.column.median"),
            page.t("report.column.q1"),
            page.t("report.column.q3")),
        out);
  }

  private Cell number(Double value, boolean hidden) {
    if (hidden) {
      return page.hiddenCell();
    }
    // Grouping only from five digits (CLDR's min2 strategy), so that a year reads 2019, not 2,019.
    return value == null
        ? Cell.number("—")
        : Cell.number(page.t("report.cell.decimal", Map.of("value", value)));
  }

  private String choice(Question q, String value) {
    return page.labels.choice(q.id(), value);
  }

  /** The result for everyone, each design, in words; for a multi-choice question only changes. */
  private List<String> sentences(Question q, List<Comparison> tests) {
    List<String> out = new ArrayList<>();
    for (String design : List.of("independent", "panel")) {
      List<Comparison> all =
          tests.stream().filter(c -> "all".equals(c.group()) && design.equals(c.design())).toList();
      if (all.isEmpty()) {
        continue;
      }
      if (q.type() == QuestionType.MULTI_CHOICE) {
        List<Comparison> changed =
            all.stream()
                .filter(c -> c.choice() != null && Results.shown(page, c) && Results.significant(c))
                .toList();
        // "No answer changed" only when every choice's test is shown: one not shown (too few
        // answers, or hidden for a count it would reveal) may have changed.
        boolean everyShown =
            all.stream().filter(c -> c.choice() != null).allMatch(c -> Results.shown(page, c));
        if (changed.isEmpty() && everyShown && "independent".equals(design)) {
          Comparison first = all.get(0);
          out.add(
              page.t(
                  "report.result.no_choice_changed",
                  Map.of("from_round", first.fromRound(), "to_round", first.toRound())));
        }
        for (Comparison c : changed) {
          out.add(Results.sentence(page, c, choice(q, c.choice())));
        }
      } else {
        // A yes/no question's proportion tests are about the share answering yes.
        out.add(Results.sentence(page, all.get(0), choice(q, "yes")));
      }
    }
    return out;
  }

  private List<String> notes(List<Comparison> tests) {
    Set<String> notes = new LinkedHashSet<>();
    for (Comparison c : tests) {
      if (!c.caveats().isEmpty() || !c.merged().isEmpty()) {
        notes.add(page.t("report.note.comparability"));
      }
      for (List<String> merged : c.merged()) {
        notes.add(
            page.t(
                "report.note.merged",
                Map.of(
                    "choices",
                    String.join(" / ", merged.stream().map(page.labels::choice).toList()))));
      }
    }
    return List.copyOf(notes);
  }
}
