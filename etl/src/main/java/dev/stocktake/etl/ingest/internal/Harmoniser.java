package dev.stocktake.etl.ingest.internal;

import dev.stocktake.schema.Question;
import dev.stocktake.schema.QuestionRef;
import dev.stocktake.schema.QuestionType;
import dev.stocktake.schema.SurveySchema;
import dev.stocktake.schema.lineage.Comparability;
import dev.stocktake.schema.lineage.Harmonisation;
import dev.stocktake.schema.lineage.Lineages;
import dev.stocktake.schema.lineage.Target;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Puts answers of every schema version on the footing of the newest one, following the lineage the
 * schema module resolved: renamed questions take their new id, recoded choices their new codes, a
 * split question feeds each part its recode allows. An answer no target takes keeps its question id
 * and is marked not comparable.
 */
public final class Harmoniser implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Separates the codes of an old answer that maps to several new codes ("one of these"). */
  public static final String ONE_OF = "|";

  private record Route(String question, Map<String, List<String>> codes, String comparability)
      implements Serializable {}

  /** One harmonised value of an answer. */
  public record Value(String question, String value, String comparability) {}

  private final Map<String, List<Route>> routes;
  private final Map<String, Map<String, Integer>> newestRanks;

  private Harmoniser(
      Map<String, List<Route>> routes, Map<String, Map<String, Integer>> newestRanks) {
    this.routes = routes;
    this.newestRanks = newestRanks;
  }

  /** Harmonises to {@code newest}, the newest version {@code lineages} was resolved to. */
  public static Harmoniser of(Lineages lineages, SurveySchema newest) {
    Map<String, Map<String, Integer>> ranks = new HashMap<>();
    for (Question q : newest.questions()) {
      if (q.type() == QuestionType.LIKERT) {
        ranks.put(q.id(), QuestionRule.of(newest, q).ranks());
      }
    }
    Map<String, List<Route>> routes = new HashMap<>();
    for (Map.Entry<QuestionRef, Harmonisation> e : lineages.byQuestion().entrySet()) {
      List<Route> targets = new ArrayList<>();
      for (Target t : e.getValue().targets()) {
        if (t.comparability() == Comparability.NONE) {
          continue;
        }
        targets.add(
            new Route(
                t.questionId(),
                t.mapping().isIdentity() ? null : Map.copyOf(t.mapping().asMap()),
                t.comparability().name().toLowerCase(Locale.ROOT)));
      }
      routes.put(key(e.getKey().version(), e.getKey().id()), List.copyOf(targets));
    }
    return new Harmoniser(routes, Map.copyOf(ranks));
  }

  private static String key(int version, String question) {
    return version + ":" + question;
  }

  /**
   * The harmonised values of an accepted answer given as canonical {@code values} (one, or the
   * codes of a multi-choice answer).
   */
  public List<Value> harmonise(int version, String question, List<String> values) {
    List<Route> targets = routes.getOrDefault(key(version, question), List.of());
    List<Value> out = new ArrayList<>();
    for (String value : values) {
      boolean taken = false;
      for (Route route : targets) {
        List<String> mapped = route.codes() == null ? List.of(value) : route.codes().get(value);
        if (mapped != null && !mapped.isEmpty()) {
          out.add(new Value(route.question(), String.join(ONE_OF, mapped), route.comparability()));
          taken = true;
        }
      }
      if (!taken) {
        out.add(new Value(question, value, "none"));
      }
    }
    return out;
  }

  /**
   * The rank of a harmonised likert value on the newest scale (1 = first choice), or null when the
   * question is not likert or the value stands for several codes.
   */
  public Double rank(String question, String value) {
    Map<String, Integer> ranks = newestRanks.get(question);
    Integer rank = ranks == null ? null : ranks.get(value);
    return rank == null ? null : rank.doubleValue();
  }
}
