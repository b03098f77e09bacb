package dev.stocktake.etl.compare.internal;

import dev.stocktake.etl.compare.internal.Aggregates.Answered;
import dev.stocktake.etl.compare.internal.Aggregates.PairCount;
import dev.stocktake.etl.compare.internal.Aggregates.ValueCount;
import dev.stocktake.schema.QuestionType;
import dev.stocktake.schema.findings.Comparison;
import dev.stocktake.schema.findings.Transition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares two rounds question by question, for every group and for all respondents: the test that
 * fits each question's type on everyone who answered each round, and on the panel (who answered
 * both) the paired test and, for ordinal questions, the transitions. The adjusted p-values are
 * Benjamini–Hochberg over every test of the pair of rounds.
 */
public final class RoundComparer {
  private final QuestionCatalog catalog;
  private final Map<String, Map<String, Long>> counts = new HashMap<>();
  private final Map<String, Map<String, Double>> numbers = new HashMap<>();
  private final Map<String, Long> answered = new HashMap<>();
  private final Set<String> groups = new TreeSet<>();

  public RoundComparer(QuestionCatalog catalog, List<ValueCount> values, List<Answered> answers) {
    this.catalog = catalog;
    for (ValueCount v : values) {
      counts
          .computeIfAbsent(key(v.question(), v.round(), v.group()), k -> new TreeMap<>())
          .merge(v.value(), v.respondents(), Long::sum);
      if (v.number() != null) {
        numbers.computeIfAbsent(v.question(), k -> new HashMap<>()).put(v.value(), v.number());
      }
      groups.add(v.group());
    }
    for (Answered a : answers) {
      answered.put(key(a.question(), a.round(), a.group()), a.respondents());
    }
  }

  private static String key(String question, String round, String group) {
    return question + "\u0000" + round + "\u0000" + group;
  }

  /** The comparisons and transitions between {@code from} and {@code to}, BH-adjusted. */
  public Result compare(
      String from, String to, List<PairCount> pairs, Map<String, List<String>> caveats) {
    List<Comparison> out = new ArrayList<>();
    List<Transition> transitions = new ArrayList<>();
    Map<String, List<PairCount>> pairsByQuestionGroup = new HashMap<>();
    for (PairCount p : pairs) {
      pairsByQuestionGroup
          .computeIfAbsent(p.question() + "\u0000" + p.group(), k -> new ArrayList<>())
          .add(p);
    }
    for (QuestionCatalog.Entry q : catalog.entries()) {
      for (String group : groups) {
        Map<String, Long> a = counts.getOrDefault(key(q.id(), from, group), Map.of());
        Map<String, Long> b = counts.getOrDefault(key(q.id(), to, group), Map.of());
        if (a.isEmpty() || b.isEmpty()) {
          continue;
        }
        Set<String> values = new TreeSet<>(a.keySet());
        values.addAll(b.keySet());
        Scale scale = Scale.of(q.codes(), values);
        long nFrom = answered.getOrDefault(key(q.id(), from, group), 0L);
        long nTo = answered.getOrDefault(key(q.id(), to, group), 0L);
        if (q.type() == QuestionType.MULTI_CHOICE) {
          for (String category : scale.categories()) {
            long x1 = inCategory(a, scale, category);
            long x2 = inCategory(b, scale, category);
            if (x1 + x2 == 0) {
              continue;
            }
            out.add(
                row(
                    q,
                    from,
                    to,
                    group,
                    "independent",
                    category,
                    nFrom,
                    nTo,
                    scale,
                    Stats.twoProportion(x1, nFrom, x2, nTo),
                    caveats));
          }
          continue;
        }
        Outcome independent;
        if (q.isOrdinal()) {
          independent = Stats.mannWhitney(levelCounts(a, scale), levelCounts(b, scale));
        } else if (q.isNumeric()) {
          double[] levels = numericLevels(q.id(), values);
          independent =
              Stats.mannWhitney(numericCounts(q.id(), a, levels), numericCounts(q.id(), b, levels));
        } else {
          independent =
              Stats.homogeneity(new long[][] {levelCounts(a, scale), levelCounts(b, scale)});
        }
        out.add(
            row(q, from, to, group, "independent", null, nFrom, nTo, scale, independent, caveats));

        List<PairCount> panel =
            pairsByQuestionGroup.getOrDefault(q.id() + "\u0000" + group, List.of());
        if (panel.isEmpty()) {
          continue;
        }
        long nPanel = panel.stream().mapToLong(PairCount::respondents).sum();
        Outcome paired = null;
        if (q.isOrdinal() || q.isNumeric()) {
          Map<Double, Long> differences = new TreeMap<>();
          for (PairCount p : panel) {
            double d =
                q.isOrdinal()
                    ? scale.indexOf(p.toValue()) - scale.indexOf(p.fromValue())
                    : number(q.id(), p.toValue(), p.toNumber())
                        - number(q.id(), p.fromValue(), p.fromNumber());
            differences.merge(d, p.respondents(), Long::sum);
          }
          paired = Stats.signedRank(differences);
        } else if (q.type() == QuestionType.YES_NO) {
          long[] cells = new long[4];
          for (PairCount p : panel) {
            boolean yesBefore = p.fromValue().equals("yes");
            boolean yesAfter = p.toValue().equals("yes");
            cells[(yesBefore ? 0 : 2) + (yesAfter ? 0 : 1)] += p.respondents();
          }
          paired = Stats.mcnemar(cells[0], cells[1], cells[2], cells[3]);
        }
        if (paired != null) {
          out.add(row(q, from, to, group, "panel", null, nPanel, nPanel, scale, paired, caveats));
        }
        if (q.isOrdinal()) {
          Map<String, Long> cells = new TreeMap<>();
          for (PairCount p : panel) {
            cells.merge(
                scale.categoryOf(p.fromValue()) + "\u0000" + scale.categoryOf(p.toValue()),
                p.respondents(),
                Long::sum);
          }
          cells.forEach(
              (cell, n) -> {
                String[] parts = cell.split("\u0000");
                transitions.add(new Transition(q.id(), from, to, group, parts[0], parts[1], n));
              });
        }
      }
    }
    return new Result(Stats.adjust(out), transitions);
  }

  /** The comparisons and transitions of one pair of rounds. */
  public record Result(List<Comparison> comparisons, List<Transition> transitions) {}

  private static Comparison row(
      QuestionCatalog.Entry q,
      String from,
      String to,
      String group,
      String design,
      String choice,
      long nFrom,
      long nTo,
      Scale scale,
      Outcome o,
      Map<String, List<String>> caveats) {
    return new Comparison(
        q.id(),
        from,
        to,
        group,
        design,
        o.test(),
        choice,
        nFrom,
        nTo,
        o.statistic(),
        o.df(),
        o.p(),
        null,
        o.effectName(),
        o.effect(),
        scale.merged(),
        o.note(),
        caveats.getOrDefault(q.id(), List.of()));
  }

  private static long inCategory(Map<String, Long> counts, Scale scale, String category) {
    long n = 0;
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      if (scale.categoryOf(e.getKey()).equals(category)) {
        n += e.getValue();
      }
    }
    return n;
  }

  private static long[] levelCounts(Map<String, Long> counts, Scale scale) {
    long[] out = new long[scale.categories().size()];
    counts.forEach((value, n) -> out[scale.indexOf(value)] += n);
    return out;
  }

  private double number(String question, String value, Double known) {
    if (known != null) {
      return known;
    }
    Double n = numbers.getOrDefault(question, Map.of()).get(value);
    return n != null ? n : Double.parseDouble(value);
  }

  private double[] numericLevels(String question, Set<String> values) {
    return values.stream()
        .mapToDouble(v -> number(question, v, null))
        .distinct()
        .sorted()
        .toArray();
  }

  private long[] numericCounts(String question, Map<String, Long> counts, double[] levels) {
    long[] out = new long[levels.length];
    counts.forEach(
        (value, n) ->
            out[java.util.Arrays.binarySearch(levels, number(question, value, null))] += n);
    return out;
  }
}
