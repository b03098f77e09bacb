package dev.stocktake.etl.compare.internal;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
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

  public static List<ValueCount> valueCounts(Dataset<Row> comparable) {
    Dataset<Row> byGroup =
        comparable
            .groupBy("question", "round", "group", "value")
            .agg(first("value_num").as("number"), countDistinct("respondent").as("respondents"));
    Dataset<Row> overall =
        comparable
            .groupBy("question", "round", "value")
            .agg(first("value_num").as("number"), countDistinct("respondent").as("respondents"))
            .withColumn("group", lit(ALL));
    List<ValueCount> out = new ArrayList<>();
    for (Row r :
        byGroup
            .unionByName(overall)
            .select("question", "round", "group", "value", "number", "respondents")
            .orderBy("question", "round", "group", "value")
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
    return out;
  }

  public static List<Answered> answered(Dataset<Row> comparable) {
    Dataset<Row> byGroup =
        comparable
            .groupBy("question", "round", "group")
            .agg(countDistinct("respondent").as("respondents"));
    Dataset<Row> overall =
        comparable
            .groupBy("question", "round")
            .agg(countDistinct("respondent").as("respondents"))
            .withColumn("group", lit(ALL));
    List<Answered> out = new ArrayList<>();
    for (Row r :
        byGroup
            .unionByName(overall)
            .select("question", "round", "group", "respondents")
            .orderBy("question", "round", "group")
            .collectAsList()) {
      out.add(new Answered(r.getString(0), r.getString(1), r.getString(2), r.getLong(3)));
    }
    return out;
  }

  /**
   * Cross-tabulates the answers of panel respondents (in both rounds) to single-valued questions. A
   * respondent with several values for a question in a round (two merged questions answered
   * differently) is left out of that question's panel; the group is the later round's.
   */
  public static List<PairCount> pairs(
      Dataset<Row> comparable, String fromRound, String toRound, List<String> questions) {
    Dataset<Row> single = comparable.filter(col("question").isin(questions.toArray()));
    Dataset<Row> from = oneValue(single, fromRound, "from");
    Dataset<Row> to = oneValue(single, toRound, "to");
    Dataset<Row> joined =
        from.join(
            to,
            from.col("from_question")
                .equalTo(to.col("to_question"))
                .and(from.col("from_respondent").equalTo(to.col("to_respondent"))));
    Dataset<Row> byGroup =
        joined
            .groupBy(
                col("to_question").as("question"),
                col("to_group").as("group"),
                col("from_value"),
                col("to_value"))
            .agg(
                first("from_number").as("from_number"),
                first("to_number").as("to_number"),
                count(lit(1)).as("respondents"));
    Dataset<Row> overall =
        joined
            .groupBy(col("to_question").as("question"), col("from_value"), col("to_value"))
            .agg(
                first("from_number").as("from_number"),
                first("to_number").as("to_number"),
                count(lit(1)).as("respondents"))
            .withColumn("group", lit(ALL));
    List<PairCount> out = new ArrayList<>();
    for (Row r :
        byGroup
            .unionByName(overall)
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

  private static Dataset<Row> oneValue(Dataset<Row> answers, String round, String prefix) {
    return answers
        .filter(col("round").equalTo(round))
        .groupBy("question", "respondent")
        .agg(
            countDistinct("value").as("values"),
            first("value").as("value"),
            first("value_num").as("number"),
            first("group").as("group"))
        .filter(col("values").equalTo(1))
        .select(
            col("question").as(prefix + "_question"),
            col("respondent").as(prefix + "_respondent"),
            col("group").as(prefix + "_group"),
            col("value").as(prefix + "_value"),
            col("number").as(prefix + "_number"));
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
