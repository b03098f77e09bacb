package dev.stocktake.etl.compare.internal;

import dev.stocktake.etl.compare.internal.Aggregates.ValueCount;
import dev.stocktake.schema.QuestionType;
import dev.stocktake.schema.findings.CommitmentProgress;
import dev.stocktake.schema.findings.CommitmentProgress.LevelShare;
import dev.stocktake.schema.framework.Framework;
import dev.stocktake.schema.framework.FrameworkItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Commitment progress: for every framework item that implementation-status (likert) questions
 * report on, the share of their answers at each level, per group and round, and the change of the
 * top level's share since the previous round. Levels merged for comparability (an old "in progress"
 * that is now two levels) are merged in every round.
 */
public final class Commitments {
  private Commitments() {}

  public static List<CommitmentProgress> of(
      Framework framework, QuestionCatalog catalog, List<String> rounds, List<ValueCount> values) {
    List<CommitmentProgress> out = new ArrayList<>();
    for (FrameworkItem item : framework.items()) {
      List<QuestionCatalog.Entry> likert =
          catalog.entries().stream()
              .filter(q -> item.id().equals(q.commitment()) && q.type() == QuestionType.LIKERT)
              .toList();
      if (likert.isEmpty()) {
        continue;
      }
      // Levels of different scales (agreement, implementation status) cannot be added up: the
      // item's progress is measured on the scale of its first status question, in schema order.
      List<String> scaleCodes = likert.get(0).codes();
      List<QuestionCatalog.Entry> linked =
          likert.stream().filter(q -> q.codes().equals(scaleCodes)).toList();
      Set<String> questions = new LinkedHashSet<>();
      linked.forEach(q -> questions.add(q.id()));
      List<ValueCount> relevant =
          values.stream().filter(v -> questions.contains(v.question())).toList();
      Scale scale =
          Scale.of(
              linked.get(0).codes(), relevant.stream().map(ValueCount::value).distinct().toList());
      Set<String> groups = new TreeSet<>();
      relevant.forEach(v -> groups.add(v.group()));
      for (String group : groups) {
        Double previousTop = null;
        for (String round : rounds) {
          Map<String, Long> byLevel = new LinkedHashMap<>();
          scale.categories().forEach(c -> byLevel.put(c, 0L));
          long total = 0;
          for (ValueCount v : relevant) {
            if (v.group().equals(group) && v.round().equals(round)) {
              byLevel.merge(scale.categoryOf(v.value()), v.respondents(), Long::sum);
              total += v.respondents();
            }
          }
          if (total == 0) {
            continue;
          }
          List<LevelShare> levels = new ArrayList<>();
          for (Map.Entry<String, Long> e : byLevel.entrySet()) {
            levels.add(new LevelShare(e.getKey(), e.getValue(), e.getValue() / (double) total));
          }
          double top = levels.get(levels.size() - 1).share();
          out.add(
              new CommitmentProgress(
                  item.id(),
                  group,
                  round,
                  total,
                  levels,
                  previousTop == null ? null : top - previousTop));
          previousTop = top;
        }
      }
    }
    return out;
  }
}
