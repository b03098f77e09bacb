package dev.stocktake.etl.compare.internal;

import dev.stocktake.schema.findings.CommitmentProgress;
import dev.stocktake.schema.findings.Comparison;
import dev.stocktake.schema.findings.Distribution;
import dev.stocktake.schema.findings.Findings;
import dev.stocktake.schema.findings.KeyFinding;
import dev.stocktake.schema.findings.OpenAnswers;
import dev.stocktake.schema.findings.PanelFlow;
import dev.stocktake.schema.findings.ParticipationCell;
import dev.stocktake.schema.findings.SmallCells;
import dev.stocktake.schema.findings.Transition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The compare stage's figures as the public edition may publish them: every count of 1 to {@code
 * threshold − 1} respondents is hidden (null), with what would give it away. The same rule as the
 * report's ({@link SmallCells}): a count is hidden, then more counts of each table it sits in
 * (complementary suppression) until no count can be had by subtracting the others from a total. A
 * zero is shown: it identifies no one.
 *
 * <p>The tables are those whose counts add up in the published files: for a question and round, the
 * stakeholder groups by the answers, with the numbers of answers as row totals and the group {@code
 * all} as column totals (a multi-choice question: one such table of chose / did not choose per
 * choice); participation by group and region; a question's panel transitions with their margins; a
 * commitment item's levels by group. A test is withheld ({@code note = suppressed}) when a count it
 * was computed from is hidden: its statistic and effect, to a few decimals, with the totals shown,
 * would narrow the hidden count down. Key findings resting on anything hidden are left out. The
 * number of non-answers ({@code missing}) is not given: with the participation it is another total
 * that the answers' counts add up to.
 *
 * <p>The open answers ({@code open_answers}) are tables too, for a coded question and round, groups
 * by: each theme, the answers without it and the answers (as a multi-choice question's choices: an
 * answer can carry several themes); coded, uncoded and answers; answers, blank and asked; coded by
 * hand, otherwise and answers. These tables share their totals, so an entry one hides is hidden in
 * all. A theme's test is withheld when its count or the answers are hidden in either round. The
 * figures counting each campaign once are hidden with the count they go with, when they differ from
 * it by a small count, and when a campaign of the question and round is left out: only campaigns of
 * at least {@code threshold} respondents are given.
 */
public final class PublicFigures {
  /** The note of a test withheld because its figures would give a hidden count away. */
  public static final String SUPPRESSED = Comparison.SUPPRESSED;

  private final QuestionCatalog catalog;
  private final int threshold;

  /** Hidden counts of distributions: question, round, group and value. */
  private final Set<String> hiddenCounts = new HashSet<>();

  /** Hidden numbers of answers: question, round and group. */
  private final Set<String> hiddenTotals = new HashSet<>();

  /** Question, round and group with any count or total hidden. */
  private final Set<String> tablesWithHidden = new HashSet<>();

  /** Hidden transitions: question, rounds, group, from and to value. */
  private final Set<String> hiddenTransitions = new HashSet<>();

  /** Question, rounds and group with any transition hidden. */
  private final Set<String> panelsWithHidden = new HashSet<>();

  private PublicFigures(QuestionCatalog catalog, int threshold) {
    if (threshold < 1) {
      throw new IllegalArgumentException("threshold: must be 1 or more, was " + threshold);
    }
    this.catalog = catalog;
    this.threshold = threshold;
  }

  /** Decides what to hide of these distributions and transitions. */
  public static PublicFigures of(
      QuestionCatalog catalog,
      List<Distribution> distributions,
      List<Transition> transitions,
      int threshold) {
    PublicFigures figures = new PublicFigures(catalog, threshold);
    Map<String, List<Distribution>> byQuestionAndRound = new LinkedHashMap<>();
    for (Distribution d : distributions) {
      if (d.isShare()) {
        byQuestionAndRound
            .computeIfAbsent(key(d.question(), d.round()), k -> new ArrayList<>())
            .add(d);
      }
    }
    for (List<Distribution> lines : byQuestionAndRound.values()) {
      QuestionCatalog.Entry q = catalog.get(lines.get(0).question());
      if (q != null && !q.isSingleValued()) {
        figures.suppressChoices(lines);
      } else {
        figures.suppressAnswers(lines);
      }
    }
    // A summary's count is the answers with a number: hidden as a count of its own.
    for (Distribution d : distributions) {
      if (!d.isShare() && figures.small(d.respondents())) {
        figures.hiddenTotals.add(key(d.question(), d.round(), d.group()));
        figures.tablesWithHidden.add(key(d.question(), d.round(), d.group()));
      }
    }
    figures.suppressTransitions(transitions);
    return figures;
  }

  /** The distributions with hidden counts and totals null, and no numbers of non-answers. */
  public List<Distribution> distributions(List<Distribution> lines) {
    List<Distribution> out = new ArrayList<>(lines.size());
    for (Distribution d : lines) {
      Distribution line = withoutMissing(d);
      // A count shown beside a hidden total is safe: the table hides a second entry of that line.
      // Its share is not: count / share is the total.
      if (hiddenTotals.contains(key(d.question(), d.round(), d.group()))) {
        line = d.isShare() ? withTotalHidden(line) : withCountHidden(withTotalHidden(line));
      }
      if (d.isShare()
          && hiddenCounts.contains(key(d.question(), d.round(), d.group(), d.value()))) {
        line = withCountHidden(line);
      }
      out.add(line);
    }
    return out;
  }

  /** The line with its count hidden, and the share and interval that would give it away. */
  private static Distribution withCountHidden(Distribution d) {
    return new Distribution(
        d.question(),
        d.round(),
        d.group(),
        d.kind(),
        d.value(),
        null,
        d.answered(),
        d.missing(),
        null,
        null,
        null,
        d.mean(),
        d.median(),
        d.q1(),
        d.q3());
  }

  /** The line with its number of answers hidden, and everything computed over them. */
  private static Distribution withTotalHidden(Distribution d) {
    return new Distribution(
        d.question(),
        d.round(),
        d.group(),
        d.kind(),
        d.value(),
        d.respondents(),
        null,
        d.missing(),
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /** The line without its number of non-answers, which the public edition does not give. */
  private static Distribution withoutMissing(Distribution d) {
    return new Distribution(
        d.question(),
        d.round(),
        d.group(),
        d.kind(),
        d.value(),
        d.respondents(),
        d.answered(),
        null,
        d.share(),
        d.ciLow(),
        d.ciHigh(),
        d.mean(),
        d.median(),
        d.q1(),
        d.q3());
  }

  /** The findings with hidden counts null, tests on them withheld, key findings on them gone. */
  public Findings findings(Findings findings) {
    List<ParticipationCell> participation =
        participation(findings.rounds(), findings.participation());
    List<PanelFlow> panel = findings.panel().stream().map(this::panelFlow).toList();
    List<Comparison> comparisons = findings.comparisons().stream().map(this::comparison).toList();
    List<Transition> transitions =
        findings.transitions().stream()
            .map(
                t ->
                    hiddenTransitions.contains(transitionKey(t))
                        ? new Transition(
                            t.question(),
                            t.fromRound(),
                            t.toRound(),
                            t.group(),
                            t.fromValue(),
                            t.toValue(),
                            null)
                        : t)
            .toList();
    List<CommitmentProgress> commitments = commitments(findings.commitments());
    OpenAnswers openAnswers = openAnswers(findings.openAnswers());
    Findings hidden =
        new Findings(
            findings.formatVersion(),
            findings.project(),
            findings.edition(),
            findings.rounds(),
            participation,
            panel,
            comparisons,
            transitions,
            commitments,
            findings.keyFindings(),
            openAnswers);
    List<KeyFinding> kept = new ArrayList<>();
    for (KeyFinding f : findings.keyFindings()) {
      if (!restsOnHidden(hidden, f)) {
        kept.add(new KeyFinding(kept.size() + 1, f.key(), f.args(), f.source()));
      }
    }
    return hidden.withKeyFindings(kept);
  }

  /** A test as the public edition gives it: withheld when a count it rests on is hidden. */
  Comparison comparison(Comparison c) {
    Long nFrom = c.nFrom();
    Long nTo = c.nTo();
    boolean withheld;
    if ("panel".equals(c.design())) {
      withheld = panelsWithHidden.contains(panelKey(c.question(), c, c.group()));
      nFrom = small(nFrom) ? null : nFrom;
      nTo = small(nTo) ? null : nTo;
    } else {
      String from = key(c.question(), c.fromRound(), c.group());
      String to = key(c.question(), c.toRound(), c.group());
      if (hiddenTotals.contains(from) || small(nFrom)) {
        nFrom = null;
      }
      if (hiddenTotals.contains(to) || small(nTo)) {
        nTo = null;
      }
      withheld =
          nFrom == null
              || nTo == null
              || (c.choice() == null
                  ? tablesWithHidden.contains(from) || tablesWithHidden.contains(to)
                  : hiddenCounts.contains(key(from, c.choice()))
                      || hiddenCounts.contains(key(to, c.choice())));
    }
    return published(c, nFrom, nTo, withheld);
  }

  /** A test with these numbers of answers, its figures withheld when {@code withheld}. */
  private static Comparison published(Comparison c, Long nFrom, Long nTo, boolean withheld) {
    // A test nothing was computed for (too few answers, a single category) keeps its own note.
    boolean withhold = withheld && (c.p() != null || c.statistic() != null);
    if (!withhold && Objects.equals(nFrom, c.nFrom()) && Objects.equals(nTo, c.nTo())) {
      return c;
    }
    return new Comparison(
        c.question(),
        c.fromRound(),
        c.toRound(),
        c.group(),
        c.design(),
        c.test(),
        c.choice(),
        nFrom,
        nTo,
        withhold ? null : c.statistic(),
        withhold ? null : c.df(),
        withhold ? null : c.p(),
        withhold ? null : c.pAdjusted(),
        c.effectName(),
        withhold ? null : c.effect(),
        c.merged(),
        withhold ? SUPPRESSED : c.note(),
        c.caveats());
  }

  /**
   * A single-valued question in a round: groups by answers, with the numbers of answers as row
   * totals and the group {@code all} as the row of column totals.
   */
  private void suppressAnswers(List<Distribution> lines) {
    List<String> values =
        new ArrayList<>(new LinkedHashSet<>(lines.stream().map(v -> v.value()).toList()));
    List<String> groups = groups(lines);
    long[][] table = new long[groups.size()][values.size() + 1];
    for (Distribution d : lines) {
      int g = groups.indexOf(d.group());
      table[g][values.indexOf(d.value())] = d.respondents();
      table[g][values.size()] = d.answered();
    }
    boolean[][] hidden =
        SmallCells.suppress(table, new boolean[groups.size()][values.size() + 1], threshold);
    String question = lines.get(0).question();
    String round = lines.get(0).round();
    for (int g = 0; g < groups.size(); g++) {
      String cell = key(question, round, groups.get(g));
      for (int v = 0; v < values.size(); v++) {
        if (hidden[g][v]) {
          hiddenCounts.add(key(cell, values.get(v)));
          tablesWithHidden.add(cell);
        }
      }
      if (hidden[g][values.size()]) {
        hiddenTotals.add(cell);
        tablesWithHidden.add(cell);
      }
    }
  }

  /**
   * A multi-choice question in a round: per choice, groups by chose / did not choose with the
   * numbers of answers as totals. The numbers of answers are shared by every choice's table, so a
   * total one table hides is hidden in all of them, until none hides more.
   */
  private void suppressChoices(List<Distribution> lines) {
    List<String> values =
        new ArrayList<>(new LinkedHashSet<>(lines.stream().map(v -> v.value()).toList()));
    List<String> groups = groups(lines);
    long[] answered = new long[groups.size()];
    long[][] chose = new long[values.size()][groups.size()];
    for (Distribution d : lines) {
      int g = groups.indexOf(d.group());
      answered[g] = d.answered();
      chose[values.indexOf(d.value())][g] = d.respondents();
    }
    boolean[] totalHidden = new boolean[groups.size()];
    boolean[][] choiceHidden = new boolean[values.size()][groups.size()];
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int v = 0; v < values.size(); v++) {
        long[][] table = new long[groups.size()][3];
        boolean[][] withheld = new boolean[groups.size()][3];
        for (int g = 0; g < groups.size(); g++) {
          table[g][0] = chose[v][g];
          table[g][1] = answered[g] - chose[v][g];
          table[g][2] = answered[g];
          withheld[g][0] = choiceHidden[v][g];
          withheld[g][2] = totalHidden[g];
        }
        boolean[][] hidden = SmallCells.suppress(table, withheld, threshold);
        for (int g = 0; g < groups.size(); g++) {
          if (hidden[g][0] && !choiceHidden[v][g]) {
            choiceHidden[v][g] = true;
            changed = true;
          }
          if (hidden[g][2] && !totalHidden[g]) {
            totalHidden[g] = true;
            changed = true;
          }
        }
      }
    }
    String question = lines.get(0).question();
    String round = lines.get(0).round();
    for (int g = 0; g < groups.size(); g++) {
      String cell = key(question, round, groups.get(g));
      for (int v = 0; v < values.size(); v++) {
        if (choiceHidden[v][g]) {
          hiddenCounts.add(key(cell, values.get(v)));
          tablesWithHidden.add(cell);
        }
      }
      if (totalHidden[g]) {
        hiddenTotals.add(cell);
        tablesWithHidden.add(cell);
      }
    }
  }

  /** The groups of the lines, the group {@code all} last, as the row of totals. */
  private static List<String> groups(List<Distribution> lines) {
    Set<String> groups = new LinkedHashSet<>();
    lines.stream()
        .map(Distribution::group)
        .filter(g -> !Aggregates.ALL.equals(g))
        .sorted()
        .forEach(groups::add);
    groups.add(Aggregates.ALL);
    return List.copyOf(groups);
  }

  /** A question's transitions between two rounds for a group, with their margins as totals. */
  private void suppressTransitions(List<Transition> transitions) {
    Map<String, List<Transition>> byPanel = new LinkedHashMap<>();
    for (Transition t : transitions) {
      byPanel.computeIfAbsent(panelKey(t.question(), t, t.group()), k -> new ArrayList<>()).add(t);
    }
    for (Map.Entry<String, List<Transition>> e : byPanel.entrySet()) {
      List<String> from =
          new ArrayList<>(
              new LinkedHashSet<>(e.getValue().stream().map(Transition::fromValue).toList()));
      List<String> to =
          new ArrayList<>(
              new LinkedHashSet<>(e.getValue().stream().map(Transition::toValue).toList()));
      long[][] table = new long[from.size() + 1][to.size() + 1];
      for (Transition t : e.getValue()) {
        int r = from.indexOf(t.fromValue());
        int c = to.indexOf(t.toValue());
        table[r][c] += t.respondents();
        table[r][to.size()] += t.respondents();
        table[from.size()][c] += t.respondents();
        table[from.size()][to.size()] += t.respondents();
      }
      boolean[][] hidden = SmallCells.suppress(table, threshold);
      for (Transition t : e.getValue()) {
        if (hidden[from.indexOf(t.fromValue())][to.indexOf(t.toValue())]) {
          hiddenTransitions.add(transitionKey(t));
          panelsWithHidden.add(e.getKey());
        }
      }
      // A hidden margin is a number of pairs a panel test states.
      for (boolean[] row : hidden) {
        for (boolean h : row) {
          if (h) {
            panelsWithHidden.add(e.getKey());
          }
        }
      }
    }
  }

  /** Each round's groups by regions, with group, region and grand totals (as the report's). */
  private List<ParticipationCell> participation(
      List<String> rounds, List<ParticipationCell> cells) {
    Map<String, ParticipationCell> byKey = new HashMap<>();
    Set<String> groups = new LinkedHashSet<>();
    Set<String> regions = new LinkedHashSet<>();
    for (ParticipationCell c : cells) {
      byKey.put(key(c.round(), c.group(), c.region()), c);
      if (!Aggregates.ALL.equals(c.group())) {
        groups.add(c.group());
      }
      if (!Aggregates.ALL.equals(c.region())) {
        regions.add(c.region());
      }
    }
    List<String> rowIds = new ArrayList<>(groups);
    rowIds.add(Aggregates.ALL);
    List<String> columnIds = new ArrayList<>(regions);
    columnIds.add(Aggregates.ALL);
    Set<String> hidden = new HashSet<>();
    for (String round : rounds) {
      long[][] table = new long[rowIds.size()][columnIds.size()];
      for (int g = 0; g < rowIds.size(); g++) {
        for (int r = 0; r < columnIds.size(); r++) {
          ParticipationCell c = byKey.get(key(round, rowIds.get(g), columnIds.get(r)));
          table[g][r] = c == null ? 0 : c.respondents();
        }
      }
      boolean[][] out = SmallCells.suppress(table, threshold);
      for (int g = 0; g < rowIds.size(); g++) {
        for (int r = 0; r < columnIds.size(); r++) {
          if (out[g][r]) {
            hidden.add(key(round, rowIds.get(g), columnIds.get(r)));
          }
        }
      }
    }
    return cells.stream()
        .map(
            c ->
                hidden.contains(key(c.round(), c.group(), c.region()))
                    ? new ParticipationCell(
                        c.round(), c.group(), c.region(), null, c.invited(), null)
                    : c)
        .toList();
  }

  /** Respondents of both rounds, of one and of the other: all hidden when one is small. */
  private PanelFlow panelFlow(PanelFlow f) {
    if (small(f.returning()) || small(f.newcomers()) || small(f.dropped())) {
      return new PanelFlow(f.fromRound(), f.toRound(), null, null, null);
    }
    return f;
  }

  /**
   * A commitment item's levels in a round: groups by levels, with the numbers of answers as row
   * totals and the group {@code all} as the row of column totals.
   */
  private List<CommitmentProgress> commitments(List<CommitmentProgress> progress) {
    Map<String, List<CommitmentProgress>> byItemAndRound = new LinkedHashMap<>();
    for (CommitmentProgress p : progress) {
      byItemAndRound.computeIfAbsent(key(p.item(), p.round()), k -> new ArrayList<>()).add(p);
    }
    Map<String, boolean[]> hiddenByProgress = new HashMap<>();
    for (List<CommitmentProgress> table : byItemAndRound.values()) {
      List<String> levels = new ArrayList<>();
      table.forEach(
          p ->
              p.levels()
                  .forEach(
                      l -> {
                        if (!levels.contains(l.level())) {
                          levels.add(l.level());
                        }
                      }));
      List<CommitmentProgress> rows = new ArrayList<>(table);
      rows.sort(
          (a, b) ->
              Aggregates.ALL.equals(a.group()) == Aggregates.ALL.equals(b.group())
                  ? a.group().compareTo(b.group())
                  : Aggregates.ALL.equals(a.group()) ? 1 : -1);
      long[][] counts = new long[rows.size()][levels.size() + 1];
      for (int r = 0; r < rows.size(); r++) {
        for (CommitmentProgress.LevelShare l : rows.get(r).levels()) {
          counts[r][levels.indexOf(l.level())] = l.count();
        }
        counts[r][levels.size()] = rows.get(r).answers();
      }
      // With no group's row, the table is the line of the group all alone.
      boolean[][] hidden =
          rows.size() > 1
              ? SmallCells.suppress(counts, threshold)
              : new boolean[][] {SmallCells.suppressLine(counts[0], threshold)};
      for (int r = 0; r < rows.size(); r++) {
        CommitmentProgress p = rows.get(r);
        boolean[] h = new boolean[p.levels().size() + 1];
        for (int i = 0; i < p.levels().size(); i++) {
          h[i] = hidden[r][levels.indexOf(p.levels().get(i).level())];
        }
        h[p.levels().size()] = hidden[r][levels.size()];
        hiddenByProgress.put(key(p.item(), p.round(), p.group()), h);
      }
    }
    List<CommitmentProgress> out = new ArrayList<>();
    for (CommitmentProgress p : progress) {
      boolean[] h = hiddenByProgress.get(key(p.item(), p.round(), p.group()));
      List<CommitmentProgress.LevelShare> levels = new ArrayList<>();
      boolean totalHidden = h[p.levels().size()];
      for (int i = 0; i < p.levels().size(); i++) {
        CommitmentProgress.LevelShare l = p.levels().get(i);
        levels.add(
            h[i] || totalHidden ? new CommitmentProgress.LevelShare(l.level(), null, null) : l);
      }
      boolean topHidden = levels.get(levels.size() - 1).count() == null;
      out.add(
          new CommitmentProgress(
              p.item(),
              p.group(),
              p.round(),
              totalHidden ? null : p.answers(),
              levels,
              topHidden ? null : p.changeFromPrevious()));
    }
    // A change from the previous round rests on that round's top level too.
    List<CommitmentProgress> result = new ArrayList<>();
    for (CommitmentProgress p : out) {
      CommitmentProgress previous = previous(out, p);
      boolean previousHidden =
          previous != null
              && (previous.levels().isEmpty()
                  || previous.levels().get(previous.levels().size() - 1).count() == null);
      result.add(
          previousHidden
              ? new CommitmentProgress(
                  p.item(), p.group(), p.round(), p.answers(), p.levels(), null)
              : p);
    }
    return result;
  }

  private static CommitmentProgress previous(List<CommitmentProgress> all, CommitmentProgress p) {
    CommitmentProgress previous = null;
    for (CommitmentProgress q : all) {
      if (q == p) {
        return previous;
      }
      if (q.item().equals(p.item()) && q.group().equals(p.group())) {
        previous = q;
      }
    }
    return null;
  }

  /**
   * Whether a key finding states, or lets one work out, a figure this edition hides: a group's or
   * region's participation, a commitment level, a withheld test, the participation totals, a
   * theme's count or answers in one of its rounds.
   */
  private boolean restsOnHidden(Findings hidden, KeyFinding f) {
    Map<String, String> args = new HashMap<>();
    for (KeyFinding.Argument a : f.args()) {
      args.putIfAbsent(a.name(), String.valueOf(a.value()));
      String id = String.valueOf(a.value());
      for (ParticipationCell c : hidden.participation()) {
        boolean hiddenGroup =
            "group".equals(a.type()) && c.group().equals(id) && Aggregates.ALL.equals(c.region());
        boolean hiddenRegion =
            "region".equals(a.type()) && Aggregates.ALL.equals(c.group()) && c.region().equals(id);
        if ((hiddenGroup || hiddenRegion) && c.respondents() == null) {
          return true;
        }
      }
    }
    if (f.key().startsWith("finding.participation.")) {
      for (ParticipationCell c : hidden.participation()) {
        if (Aggregates.ALL.equals(c.group())
            && Aggregates.ALL.equals(c.region())
            && c.respondents() == null) {
          return true;
        }
      }
    }
    String group = args.getOrDefault("group", Aggregates.ALL);
    if (args.containsKey("item") && args.containsKey("level")) {
      for (CommitmentProgress p : hidden.commitments()) {
        boolean round =
            p.round().equals(args.get("from_round")) || p.round().equals(args.get("to_round"));
        if (p.item().equals(args.get("item")) && p.group().equals(group) && round) {
          for (CommitmentProgress.LevelShare l : p.levels()) {
            if (l.level().equals(args.get("level")) && l.count() == null) {
              return true;
            }
          }
        }
      }
    }
    if (args.containsKey("question") && !args.containsKey("theme")) {
      for (Comparison c : hidden.comparisons()) {
        if (c.question().equals(args.get("question"))
            && c.group().equals(group)
            && c.fromRound().equals(args.get("from_round"))
            && c.toRound().equals(args.get("to_round"))
            && Objects.equals(c.choice(), args.get("choice"))
            // The test the finding states: the question's other tests (its panel test) may be
            // withheld while this one is shown.
            && (!args.containsKey("test") || c.test().equals(args.get("test")))
            && (c.withheld() || c.nFrom() == null || c.nTo() == null)) {
          return true;
        }
      }
    }
    if (args.containsKey("theme")) {
      for (OpenAnswers.ThemeCount t : hidden.openAnswers().themes()) {
        boolean same =
            t.question().equals(args.get("question"))
                && t.theme().equals(args.get("theme"))
                && t.group().equals(group)
                && (t.round().equals(args.get("from_round"))
                    || t.round().equals(args.get("to_round")));
        if (same && (t.respondents() == null || t.answered() == null)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The open answers as the public edition may publish them: small counts of themes and of coding
   * hidden with those that would give them away, tests on them withheld, small campaigns left out.
   */
  OpenAnswers openAnswers(OpenAnswers open) {
    Map<String, Long> values = new HashMap<>();
    Map<String, Set<String>> groupsByTable = new LinkedHashMap<>();
    Map<String, Set<String>> themesByTable = new LinkedHashMap<>();
    for (OpenAnswers.Coding c : open.coding()) {
      String cell = key(c.question(), c.round(), c.group());
      groupsByTable
          .computeIfAbsent(key(c.question(), c.round()), k -> new HashSet<>())
          .add(c.group());
      values.put(key(cell, "coded"), orZero(c.coded()));
      values.put(key(cell, "uncoded"), orZero(c.uncoded()));
      values.put(key(cell, "blank"), orZero(c.blank()));
      values.put(key(cell, "asked"), orZero(c.asked()));
      values.put(key(cell, "answered"), orZero(c.coded()) + orZero(c.uncoded()));
      values.put(key(cell, "by_hand"), orZero(c.byHand()));
      // An analyst may code an answer with no theme: those coded by hand are some of the answers.
      values.put(
          key(cell, "by_rules"), orZero(c.coded()) + orZero(c.uncoded()) - orZero(c.byHand()));
    }
    for (OpenAnswers.ThemeCount t : open.themes()) {
      String cell = key(t.question(), t.round(), t.group());
      groupsByTable
          .computeIfAbsent(key(t.question(), t.round()), k -> new HashSet<>())
          .add(t.group());
      themesByTable
          .computeIfAbsent(key(t.question(), t.round()), k -> new LinkedHashSet<>())
          .add(t.theme());
      values.putIfAbsent(key(cell, "answered"), orZero(t.answered()));
      values.put(key(cell, "theme", t.theme()), orZero(t.respondents()));
    }
    Set<String> hidden = new HashSet<>();
    for (Map.Entry<String, Set<String>> e : groupsByTable.entrySet()) {
      List<String> groups = new ArrayList<>(new TreeSet<>(e.getValue()));
      groups.remove(Aggregates.ALL);
      groups.add(Aggregates.ALL);
      for (String group : groups) {
        String cell = key(e.getKey(), group);
        long answered = values.getOrDefault(key(cell, "answered"), 0L);
        for (String theme : themesByTable.getOrDefault(e.getKey(), Set.of())) {
          values.put(
              key(cell, "without", theme),
              answered - values.getOrDefault(key(cell, "theme", theme), 0L));
        }
      }
      List<String[]> columns = new ArrayList<>();
      columns.add(new String[] {"coded", "uncoded", "answered"});
      columns.add(new String[] {"answered", "blank", "asked"});
      columns.add(new String[] {"by_hand", "by_rules", "answered"});
      for (String theme : themesByTable.getOrDefault(e.getKey(), Set.of())) {
        columns.add(new String[] {key("theme", theme), key("without", theme), "answered"});
      }
      suppressLinked(e.getKey(), groups, columns, values, hidden);
    }

    // A campaign's size is a count of respondents; those left out are in the once-figures.
    List<OpenAnswers.Campaign> campaigns = new ArrayList<>();
    Set<String> campaignsLeftOut = new HashSet<>();
    for (OpenAnswers.Campaign c : open.campaigns()) {
      if (c.size() >= threshold) {
        campaigns.add(c);
      } else {
        campaignsLeftOut.add(key(c.question(), c.round()));
      }
    }
    List<OpenAnswers.Coding> coding = new ArrayList<>();
    for (OpenAnswers.Coding c : open.coding()) {
      String cell = key(c.question(), c.round(), c.group());
      coding.add(
          new OpenAnswers.Coding(
              c.codebook(),
              c.version(),
              c.question(),
              c.round(),
              c.group(),
              hidden.contains(key(cell, "asked")) ? null : c.asked(),
              hidden.contains(key(cell, "coded")) ? null : c.coded(),
              hidden.contains(key(cell, "uncoded")) ? null : c.uncoded(),
              hidden.contains(key(cell, "blank")) ? null : c.blank(),
              hidden.contains(key(cell, "by_hand")) ? null : c.byHand()));
    }
    List<OpenAnswers.ThemeCount> themes = new ArrayList<>();
    for (OpenAnswers.ThemeCount t : open.themes()) {
      String cell = key(t.question(), t.round(), t.group());
      boolean countHidden = hidden.contains(key(cell, "theme", t.theme()));
      boolean answeredHidden = hidden.contains(key(cell, "answered"));
      boolean onceHidden =
          campaignsLeftOut.contains(key(t.question(), t.round()))
              || answeredHidden
              || small(t.answeredOnce())
              || smallOrUnknown(t.answered(), t.answeredOnce());
      boolean respondentsOnceHidden =
          onceHidden
              || countHidden
              || small(t.respondentsOnce())
              || smallOrUnknown(t.respondents(), t.respondentsOnce())
              || smallOrUnknown(t.answeredOnce(), t.respondentsOnce());
      themes.add(
          new OpenAnswers.ThemeCount(
              t.codebook(),
              t.question(),
              t.theme(),
              t.round(),
              t.group(),
              countHidden ? null : t.respondents(),
              answeredHidden ? null : t.answered(),
              countHidden || answeredHidden ? null : t.share(),
              respondentsOnceHidden ? null : t.respondentsOnce(),
              onceHidden ? null : t.answeredOnce()));
    }
    List<Comparison> tests = new ArrayList<>();
    for (Comparison c : open.tests()) {
      String from = key(c.question(), c.fromRound(), c.group());
      String to = key(c.question(), c.toRound(), c.group());
      Long nFrom = hidden.contains(key(from, "answered")) ? null : c.nFrom();
      Long nTo = hidden.contains(key(to, "answered")) ? null : c.nTo();
      boolean withheld =
          nFrom == null
              || nTo == null
              || hidden.contains(key(from, "theme", c.choice()))
              || hidden.contains(key(to, "theme", c.choice()));
      tests.add(published(c, nFrom, nTo, withheld));
    }
    return new OpenAnswers(coding, themes, tests, campaigns, open.quotes());
  }

  /**
   * Tables of a question and round sharing entries: rows the groups ({@code all} last, as the row
   * of totals), columns named entries of each group's cell (the last the total). An entry one table
   * hides is withheld in every other, until none hides more. Adds the hidden entries' keys (cell
   * and column name) to {@code hidden}.
   */
  private void suppressLinked(
      String table,
      List<String> groups,
      List<String[]> columnSets,
      Map<String, Long> values,
      Set<String> hidden) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (String[] columns : columnSets) {
        long[][] counts = new long[groups.size()][columns.length];
        boolean[][] withheld = new boolean[groups.size()][columns.length];
        for (int g = 0; g < groups.size(); g++) {
          for (int c = 0; c < columns.length; c++) {
            String entry = key(table, groups.get(g), columns[c]);
            counts[g][c] = values.getOrDefault(entry, 0L);
            withheld[g][c] = hidden.contains(entry);
          }
        }
        boolean[][] out = SmallCells.suppress(counts, withheld, threshold);
        for (int g = 0; g < groups.size(); g++) {
          for (int c = 0; c < columns.length; c++) {
            if (out[g][c] && hidden.add(key(table, groups.get(g), columns[c]))) {
              changed = true;
            }
          }
        }
      }
    }
  }

  /** Whether {@code whole − part} is a small count, or either is not known. */
  private boolean smallOrUnknown(Long whole, Long part) {
    return whole == null || part == null || small(whole - part);
  }

  private static long orZero(Long n) {
    return n == null ? 0 : n;
  }

  private boolean small(Long n) {
    return n != null && n > 0 && n < threshold;
  }

  private static String panelKey(String question, Comparison c, String group) {
    return key(question, c.fromRound(), c.toRound(), group);
  }

  private static String panelKey(String question, Transition t, String group) {
    return key(question, t.fromRound(), t.toRound(), group);
  }

  private static String transitionKey(Transition t) {
    return key(t.question(), t.fromRound(), t.toRound(), t.group(), t.fromValue(), t.toValue());
  }

  private static String key(String... parts) {
    return String.join("\u0000", parts);
  }
}
