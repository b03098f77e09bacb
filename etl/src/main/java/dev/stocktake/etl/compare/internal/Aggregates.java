package dev.stocktake.etl.compare.internal;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dev.stocktake.schema.lineage.Comparability;
import dev.stocktake.schema.lineage.Harmonisation;
import dev.stocktake.schema.lineage.Lineages;
import dev.stocktake.schema.lineage.Target;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The aggregates the comparison of rounds needs, computed by Spark over the tidy answers and
 * respondents. Each is a count table whose size depends on the number of questions, groups and
 * distinct answers, not on the number of respondents, so it is collected to the driver, where the
 * tests run — sorted, so that every run, local or on a cluster, sees the same order.
 */
public final class Aggregates {
  /** Respondents who gave {@code value} to a question in a round, per group and for "all". */
  public record ValueCount(
      String question, String round, String group, String value, Double number, long respondents) {}

  /** Respondents who answered a question in a round, per group and for "all". */
  public record Answered(String question, String round, String group, long respondents) {}

  /**
   * Panel respondents who answered {@code fromValue} in one round and {@code toValue} in another.
   */
  public record PairCount(
      String question,
      String fromRound,
      String toRound,
      String group,
      String fromValue,
      String toValue,
      Double fromNumber,
      Double toNumber,
      long respondents) {}

  /** Respondents and invited people of a round per group and region ("all" for totals). */
  public record Turnout(String round, String group, String region, long responded, long invited) {}

  /** Respondents of two rounds: in both, in the later only, in the earlier only. */
  public record Flow(
      String fromRound, String toRound, long both, long laterOnly, long earlierOnly) {}

  public static final String ALL = "all";

  private Aggregates() {}

  /**
   * Answers that can be compared: harmonised exactly or to merged codes (a partial harmonisation
   * keeps only some old answers, which would bias the old round's distribution), not withheld, to
   * the given closed questions.
   */
  public static Dataset<Row> comparable(Dataset<Row> answers, List<String> questions) {
    return answers.filter(
        col("comparability")
            .isin("exact", "coarsened")
            .and(col("value").isNotNull())
            .and(col("question").isin(questions.toArray())));
  }

  /**
   * The comparable answers reduced to rows that each stand for one respondent, so that every count
   * of respondents is a plain count of rows.
   *
   * @param values one row per respondent and value given to a question in a round (question, round,
   *     group, value, value_num)
   * @param answered one row per respondent who answered a question in a round (question, round,
   *     group)
   * @param single one row per respondent with exactly one value for a single-valued question in a
   *     round (question, round, respondent, group, value, value_num)
   */
  public record Reduced(Dataset<Row> values, Dataset<Row> answered, Dataset<Row> single) {}

  /**
   * Reduces the comparable answers ({@link Reduced}). Most answers are already one respondent's
   * only answer to their question: an answer to a single-valued question that no other question of
   * its source version harmonises into (one accepted submission per round). Those pass as they are,
   * without a shuffle. Only multi-choice answers and answers to questions that two questions of an
   * older version merge into are made distinct (a hash aggregation on the row itself), and only the
   * merged single-valued ones are gathered per respondent to find who gave one value.
   *
   * @param merged {@code version:question} of every newest question two or more questions of that
   *     version harmonise into ({@link #mergedQuestions})
   */
  public static Reduced reduce(
      Dataset<Row> comparable, List<String> singleValued, Set<String> merged) {
    Column alone =
        col("question")
            .isin(singleValued.toArray())
            .and(
                not(
                    concat_ws(":", col("source_version").cast("string"), col("question"))
                        .isin(merged.toArray())));
    Column[] row = {
      col("question"), col("round"), col("respondent"), col("group"), col("value"), col("value_num")
    };
    Dataset<Row> asGiven = comparable.filter(alone).select(row);
    Dataset<Row> distinct =
        comparable.filter(not(coalesce(alone, lit(false)))).select(row).distinct();
    Dataset<Row> answered =
        asGiven
            .select("question", "round", "group")
            .unionByName(
                distinct
                    .select("question", "round", "respondent", "group")
                    .distinct()
                    .drop("respondent"));
    Dataset<Row> gatheredSingle =
        distinct
            .filter(col("question").isin(singleValued.toArray()))
            .groupBy("question", "round", "respondent", "group")
            .agg(collect_set(struct(col("value"), col("value_num"))).as("values"))
            .filter(size(col("values")).equalTo(1))
            .select(
                col("question"),
                col("round"),
                col("respondent"),
                col("group"),
                col("values").getItem(0).getField("value").as("value"),
                col("values").getItem(0).getField("value_num").as("value_num"));
    return new Reduced(
        asGiven.unionByName(distinct), answered, asGiven.unionByName(gatheredSingle));
  }

  /**
   * {@code version:question} of every newest question that two or more questions of one version
   * harmonise into: a respondent may have two answers to it, which must be counted once.
   */
  public static Set<String> mergedQuestions(Lineages lineages) {
    Map<String, Integer> sources = new HashMap<>();
    for (Harmonisation h : lineages.byQuestion().values()) {
      for (Target t : h.targets()) {
        if (t.comparability() != Comparability.NONE) {
          sources.merge(h.source().version() + ":" + t.questionId(), 1, Integer::sum);
        }
      }
    }
    Set<String> merged = new TreeSet<>();
    sources.forEach(
        (key, n) -> {
          if (n > 1) {
            merged.add(key);
          }
        });
    return merged;
  }

  /**
   * Respondents per value of each question, round and group, and for "all". Spark counts per group
   * only; the "all" rows are the sums of a value's groups (each respondent is in one group in a
   * round), added here rather than by counting every row a second time under "all".
   */
  public static List<ValueCount> valueCounts(Reduced reduced) {
    Dataset<Row> values =
        reduced
            .values()
            .groupBy("question", "round", "group", "value")
            .agg(first("value_num").as("number"), count(lit(1)).as("respondents"));
    List<ValueCount> out = new ArrayList<>();
    for (Row r :
        values
            .select("question", "round", "group", "value", "number", "respondents")
            .collectAsList()) {
      out.add(
          new ValueCount(
              r.getString(0),
              r.getString(1),
              r.getString(2),
              r.getString(3),
              r.isNullAt(4) ? null : r.getDouble(4),
              r.getLong(5)));
    }
    Comparator<ValueCount> order =
        Comparator.comparing(ValueCount::question, IN_SPARK_ORDER)
            .thenComparing(ValueCount::round, IN_SPARK_ORDER)
            .thenComparing(ValueCount::group, IN_SPARK_ORDER)
            .thenComparing(ValueCount::value, IN_SPARK_ORDER);
    // Sorted first, so that the number an "all" row takes (the same in every group: a value's
    // number or rank) comes from the same group in every run.
    out.sort(order);
    Map<List<String>, ValueCount> all = new LinkedHashMap<>();
    for (ValueCount count : out) {
      all.merge(
          Arrays.asList(count.question(), count.round(), count.value()),
          new ValueCount(
              count.question(),
              count.round(),
              ALL,
              count.value(),
              count.number(),
              count.respondents()),
          (sum, more) ->
              new ValueCount(
                  sum.question(),
                  sum.round(),
                  ALL,
                  sum.value(),
                  sum.number() != null ? sum.number() : more.number(),
                  sum.respondents() + more.respondents()));
    }
    out.addAll(all.values());
    out.sort(order);
    return out;
  }

  /** Respondents who answered each question, per round and group and for "all" (their sum). */
  public static List<Answered> answered(Reduced reduced) {
    List<Answered> out = new ArrayList<>();
    Map<List<String>, Long> all = new LinkedHashMap<>();
    for (Row r : reduced.answered().groupBy("question", "round", "group").count().collectAsList()) {
      Answered answered =
          new Answered(r.getString(0), r.getString(1), r.getString(2), r.getLong(3));
      out.add(answered);
      all.merge(List.of(answered.question(), answered.round()), answered.respondents(), Long::sum);
    }
    all.forEach((key, n) -> out.add(new Answered(key.get(0), key.get(1), ALL, n)));
    out.sort(
        Comparator.comparing(Answered::question, IN_SPARK_ORDER)
            .thenComparing(Answered::round, IN_SPARK_ORDER)
            .thenComparing(Answered::group, IN_SPARK_ORDER));
    return out;
  }

  /**
   * The order of Spark's {@code orderBy} on strings, which the counts always had: nulls first, then
   * by code point (UTF-8's byte order; {@link String#compareTo} differs above U+FFFF).
   */
  static final Comparator<String> IN_SPARK_ORDER =
      Comparator.nullsFirst(
          (a, b) -> {
            int i = 0;
            int j = 0;
            while (i < a.length() && j < b.length()) {
              int x = a.codePointAt(i);
              int y = b.codePointAt(j);
              if (x != y) {
                return Integer.compare(x, y);
              }
              i += Character.charCount(x);
              j += Character.charCount(y);
            }
            return Integer.compare(a.length() - i, b.length() - j);
          });

  /**
   * Cross-tabulates the answers of panel respondents (in both rounds) to single-valued questions. A
   * respondent with several values for a question in a round (two merged questions answered
   * differently) is left out of that question's panel; the group is the later round's.
   */
  public static List<PairCount> pairs(Reduced reduced, String fromRound, String toRound) {
    Dataset<Row> single = reduced.single();
    Dataset<Row> from = oneValue(single, fromRound, "from");
    Dataset<Row> to = oneValue(single, toRound, "to");
    Dataset<Row> joined =
        from.join(
            to,
            from.col("from_question")
                .equalTo(to.col("to_question"))
                .and(from.col("from_respondent").equalTo(to.col("to_respondent"))));
    Dataset<Row> counted =
        joined
            .withColumn("to_group", explode(array(col("to_group"), lit(ALL))))
            .groupBy(
                col("to_question").as("question"),
                col("to_group").as("group"),
                col("from_value"),
                col("to_value"))
            .agg(
                first("from_number").as("from_number"),
                first("to_number").as("to_number"),
                count(lit(1)).as("respondents"));
    List<PairCount> out = new ArrayList<>();
    for (Row r :
        counted
            .select(
                "question",
                "group",
                "from_value",
                "to_value",
                "from_number",
                "to_number",
                "respondents")
            .orderBy("question", "group", "from_value", "to_value")
            .collectAsList()) {
      out.add(
          new PairCount(
              r.getString(0),
              fromRound,
              toRound,
              r.getString(1),
              r.getString(2),
              r.getString(3),
              r.isNullAt(4) ? null : r.getDouble(4),
              r.isNullAt(5) ? null : r.getDouble(5),
              r.getLong(6)));
    }
    return out;
  }

  private static Dataset<Row> oneValue(Dataset<Row> single, String round, String prefix) {
    return single
        .filter(col("round").equalTo(round))
        .select(
            col("question").as(prefix + "_question"),
            col("respondent").as(prefix + "_respondent"),
            col("group").as(prefix + "_group"),
            col("value").as(prefix + "_value"),
            col("value_num").as(prefix + "_number"));
  }

  /** Respondents and invitees per round, group and region, with "all" totals. */
  public static List<Turnout> turnout(Dataset<Row> respondents) {
    Dataset<Row> flagged =
        respondents.select(
            col("round"),
            col("group"),
            col("region"),
            when(col("responded"), 1L).otherwise(0L).as("r"),
            when(col("invited"), 1L).otherwise(0L).as("i"));
    Dataset<Row> cells =
        flagged
            .groupBy("round", "group", "region")
            .agg(sum("r").as("responded"), sum("i").as("invited"))
            .unionByName(
                flagged
                    .groupBy("round", "group")
                    .agg(sum("r").as("responded"), sum("i").as("invited"))
                    .withColumn("region", lit(ALL)))
            .unionByName(
                flagged
                    .groupBy("round", "region")
                    .agg(sum("r").as("responded"), sum("i").as("invited"))
                    .withColumn("group", lit(ALL)))
            .unionByName(
                flagged
                    .groupBy("round")
                    .agg(sum("r").as("responded"), sum("i").as("invited"))
                    .withColumn("group", lit(ALL))
                    .withColumn("region", lit(ALL)));
    List<Turnout> out = new ArrayList<>();
    for (Row r :
        cells
            .select("round", "group", "region", "responded", "invited")
            .orderBy("round", "group", "region")
            .collectAsList()) {
      out.add(
          new Turnout(
              r.getString(0),
              r.isNullAt(1) ? "unknown" : r.getString(1),
              r.isNullAt(2) ? "unknown" : r.getString(2),
              r.getLong(3),
              r.getLong(4)));
    }
    return out;
  }

  /** Who responded in both of two rounds, in the later only, in the earlier only. */
  public static Flow flow(Dataset<Row> respondents, String fromRound, String toRound) {
    Dataset<Row> responded = respondents.filter(col("responded"));
    Dataset<Row> a =
        responded.filter(col("round").equalTo(fromRound)).select(col("respondent").as("a"));
    Dataset<Row> b =
        responded.filter(col("round").equalTo(toRound)).select(col("respondent").as("b"));
    Row counts =
        a.join(b, a.col("a").equalTo(b.col("b")), "full_outer")
            .agg(
                sum(when(col("a").isNotNull().and(col("b").isNotNull()), 1L).otherwise(0L)),
                sum(when(col("a").isNull(), 1L).otherwise(0L)),
                sum(when(col("b").isNull(), 1L).otherwise(0L)))
            .first();
    return new Flow(
        fromRound,
        toRound,
        counts.isNullAt(0) ? 0 : counts.getLong(0),
        counts.isNullAt(1) ? 0 : counts.getLong(1),
        counts.isNullAt(2) ? 0 : counts.getLong(2));
  }
}
