package dev.stocktake.etl.compare.internal;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import dev.stocktake.schema.Question;
import dev.stocktake.schema.SurveySchema;
import dev.stocktake.schema.codebook.Codebook;
import dev.stocktake.schema.findings.Comparison;
import dev.stocktake.schema.findings.OpenAnswers;
import dev.stocktake.schema.findings.OpenAnswers.Campaign;
import dev.stocktake.schema.findings.OpenAnswers.Coding;
import dev.stocktake.schema.findings.OpenAnswers.ThemeCount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * Counts the themes the ingest coded in open answers: per coded question, round and group (and
 * everyone), how many answers were coded, uncoded or left blank, how many carry each theme — each
 * submission counted, and each organised campaign counted once — and a two-proportion test per
 * theme between consecutive rounds. Spark only aggregates; the tests run on the counts.
 */
public final class OpenAnswerCounts {
  /** The columns of answers/ that hold the ingest's coding of open answers. */
  public static final StructType CODED =
      createStructType(
          List.of(
              createStructField("respondent", StringType, true),
              createStructField("group", StringType, true),
              createStructField("question", StringType, true),
              createStructField("codebook", StringType, true),
              createStructField("themes", createArrayType(StringType, true), true),
              createStructField("campaign", StringType, true),
              createStructField("campaign_exact", BooleanType, true),
              createStructField("coded_by_hand", BooleanType, true),
              createStructField("round", StringType, true)));

  private OpenAnswerCounts() {}

  /**
   * @param answers answers/ read with {@link #CODED}
   * @param responded accepted respondents per round and group (group {@code all} included), for the
   *     answers left blank
   */
  public static OpenAnswers of(
      Dataset<Row> answers,
      Map<String, Long> responded,
      SurveySchema newest,
      List<String> rounds,
      List<Codebook> codebooks) {
    if (codebooks.isEmpty()) {
      return OpenAnswers.none();
    }
    Map<String, Codebook> byQuestion = new HashMap<>();
    for (Codebook c : codebooks) {
      c.questions().forEach(q -> byQuestion.put(q, c));
    }
    Dataset<Row> coded = answers.filter(col("codebook").isNotNull());
    Dataset<Row> both = coded.unionByName(coded.withColumn("group", lit(Aggregates.ALL)));
    // An organised campaign counts once: its members share one key.
    Column once = coalesce(col("campaign"), col("respondent"));

    List<Coding> coding = new ArrayList<>();
    Map<String, long[]> answeredByCell = new HashMap<>();
    for (Row r :
        both.groupBy("round", "question", "group")
            .agg(
                countDistinct(col("respondent")).as("answered"),
                sum(when(size(col("themes")).gt(0), 1).otherwise(0)).as("coded"),
                countDistinct(once).as("answered_once"),
                sum(when(col("coded_by_hand"), 1).otherwise(0)).as("by_hand"))
            .orderBy("round", "question", "group")
            .collectAsList()) {
      String round = r.getString(0);
      String question = r.getString(1);
      String group = r.getString(2);
      long answered = r.getLong(3);
      long codedCount = r.getLong(4);
      answeredByCell.put(key(round, question, group), new long[] {answered, r.getLong(5)});
      Codebook codebook = byQuestion.get(question);
      long asked = Math.max(answered, askedOf(newest, question, round, group, responded));
      coding.add(
          new Coding(
              codebook == null ? "" : codebook.codebook(),
              codebook == null ? 1 : codebook.version(),
              question,
              round,
              group,
              asked,
              codedCount,
              answered - codedCount,
              asked - answered,
              r.getLong(6)));
    }

    List<ThemeCount> themes = new ArrayList<>();
    Map<String, Long> withTheme = new HashMap<>();
    for (Row r :
        both.select(
                col("round"),
                col("question"),
                col("group"),
                col("respondent"),
                once.as("once"),
                explode(col("themes")).as("theme"))
            .groupBy("round", "question", "group", "theme")
            .agg(countDistinct(col("respondent")).as("n"), countDistinct(col("once")).as("n_once"))
            .collectAsList()) {
      String round = r.getString(0);
      String question = r.getString(1);
      String group = r.getString(2);
      String theme = r.getString(3);
      long[] answered = answeredByCell.getOrDefault(key(round, question, group), new long[2]);
      Codebook codebook = byQuestion.get(question);
      withTheme.put(key(round, question, group) + "\u0000" + theme, r.getLong(4));
      themes.add(
          new ThemeCount(
              codebook == null ? "" : codebook.codebook(),
              question,
              theme,
              round,
              group,
              r.getLong(4),
              answered[0],
              answered[0] == 0 ? 0 : r.getLong(4) / (double) answered[0],
              r.getLong(5),
              answered[1]));
    }
    themes.sort(
        Comparator.comparing(ThemeCount::question)
            .thenComparing(t -> themeOrder(byQuestion.get(t.question()), t.theme()))
            .thenComparing(ThemeCount::group)
            .thenComparing(t -> rounds.indexOf(t.round())));

    List<Comparison> tests = tests(rounds, byQuestion, answeredByCell, withTheme, coding);
    List<Campaign> campaigns = campaigns(coded, rounds);
    return new OpenAnswers(coding, themes, tests, campaigns);
  }

  private static int themeOrder(Codebook codebook, String theme) {
    if (codebook == null) {
      return Integer.MAX_VALUE;
    }
    for (int i = 0; i < codebook.themes().size(); i++) {
      if (codebook.themes().get(i).id().equals(theme)) {
        return i;
      }
    }
    return Integer.MAX_VALUE;
  }

  /**
   * Respondents asked a question in a round: those whose submission was accepted and whose group
   * the question applies to.
   */
  private static long askedOf(
      SurveySchema newest,
      String question,
      String round,
      String group,
      Map<String, Long> responded) {
    Predicate<String> applies =
        g -> newest.question(question).map((Question q) -> q.appliesTo(g)).orElse(true);
    if (!Aggregates.ALL.equals(group)) {
      return applies.test(group) ? responded.getOrDefault(round + "\u0000" + group, 0L) : 0;
    }
    long asked = 0;
    for (Map.Entry<String, Long> e : responded.entrySet()) {
      String[] parts = e.getKey().split("\u0000", -1);
      if (parts[0].equals(round) && !parts[1].equals(Aggregates.ALL) && applies.test(parts[1])) {
        asked += e.getValue();
      }
    }
    return asked;
  }

  /** A two-proportion test per theme, question and group between consecutive rounds. */
  private static List<Comparison> tests(
      List<String> rounds,
      Map<String, Codebook> byQuestion,
      Map<String, long[]> answered,
      Map<String, Long> withTheme,
      List<Coding> coding) {
    List<Comparison> raw = new ArrayList<>();
    for (int i = 1; i < rounds.size(); i++) {
      String from = rounds.get(i - 1);
      String to = rounds.get(i);
      for (Coding c : coding) {
        if (!c.round().equals(to)) {
          continue;
        }
        long[] nFrom = answered.get(key(from, c.question(), c.group()));
        long[] nTo = answered.get(key(to, c.question(), c.group()));
        if (nFrom == null || nTo == null) {
          continue;
        }
        Codebook codebook = byQuestion.get(c.question());
        for (var theme : codebook.themes()) {
          long x1 =
              withTheme.getOrDefault(
                  key(from, c.question(), c.group()) + "\u0000" + theme.id(), 0L);
          long x2 =
              withTheme.getOrDefault(key(to, c.question(), c.group()) + "\u0000" + theme.id(), 0L);
          if (x1 + x2 == 0) {
            continue;
          }
          Outcome o = Stats.twoProportion(x1, nFrom[0], x2, nTo[0]);
          raw.add(
              new Comparison(
                  c.question(),
                  from,
                  to,
                  c.group(),
                  "independent",
                  o.test(),
                  theme.id(),
                  nFrom[0],
                  nTo[0],
                  o.statistic(),
                  o.df(),
                  o.p(),
                  null,
                  o.effectName(),
                  o.effect(),
                  List.of(),
                  o.note(),
                  List.of()));
        }
      }
    }
    return Stats.adjust(raw);
  }

  private static List<Campaign> campaigns(Dataset<Row> coded, List<String> rounds) {
    List<Campaign> out = new ArrayList<>();
    for (Row r :
        coded
            .filter(col("campaign").isNotNull())
            .groupBy("round", "question", "campaign")
            .agg(
                countDistinct(col("respondent")).as("size"),
                first(col("campaign_exact")).as("exact"),
                first(col("themes")).as("themes"))
            .collectAsList()) {
      List<String> themes = r.getList(5);
      out.add(
          new Campaign(
              r.getString(1),
              r.getString(0),
              (int) r.getLong(3),
              Boolean.TRUE.equals(r.get(4)),
              themes == null ? List.of() : themes));
    }
    out.sort(
        Comparator.comparing((Campaign c) -> rounds.indexOf(c.round()))
            .thenComparing(Campaign::question)
            .thenComparing(Comparator.comparingInt(Campaign::size).reversed()));
    return out;
  }

  private static String key(String round, String question, String group) {
    return round + "\u0000" + question + "\u0000" + group;
  }
}
