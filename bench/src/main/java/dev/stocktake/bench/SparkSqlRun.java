package dev.stocktake.bench;

import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Times Spark alone computing the same counts as DuckDB and Stocktake: the files read as
 * Stocktake's ingest reads them ({@code multiLine}, every column a string), the latest submission
 * per respondent kept, each row turned into (question, codes) pairs and one GROUPING SETS
 * aggregation per group and for everyone. There is no validation, harmonisation, output or
 * statistics: the time is what the engine Stocktake runs on needs for the counts alone, which
 * separates the engine's share of the distance to DuckDB from Stocktake's own work.
 */
final class SparkSqlRun {
  private SparkSqlRun() {}

  static final String VIEW = "bench_responses";

  /** The counts, keyed as Stocktake's, and the seconds they took. */
  record Result(Map<CountKey, Long> counts, double seconds) {}

  static Result run(
      SparkSession spark,
      List<DistributionSql.Closed> questions,
      List<DistributionSql.RoundFile> files) {
    long started = System.nanoTime();
    Dataset<Row> all = null;
    for (DistributionSql.RoundFile f : files) {
      Dataset<Row> round =
          spark
              .read()
              .option("header", "true")
              .option("multiLine", "true")
              .option("escape", "\"")
              .csv(f.file().toAbsolutePath().toString())
              .withColumn("round", lit(f.round()));
      all = all == null ? round : all.unionByName(round, true);
    }
    if (all == null) {
      throw new IllegalArgumentException("need at least one file");
    }
    all.createOrReplaceTempView(VIEW);
    Map<CountKey, Long> counts = new HashMap<>();
    for (Row r : spark.sql(sql(questions)).collectAsList()) {
      counts.put(
          new CountKey(r.getString(0), r.getString(1), r.getString(2), r.getString(3)),
          r.getLong(4));
    }
    spark.catalog().dropTempView(VIEW);
    return new Result(counts, (System.nanoTime() - started) / 1e9);
  }

  /** Spark SQL's form of {@link DistributionSql#build}'s query, over the view of both rounds. */
  static String sql(List<DistributionSql.Closed> questions) {
    if (questions.isEmpty()) {
      throw new IllegalArgumentException("need at least one closed question");
    }
    List<String> columns = new ArrayList<>();
    List<String> pairs = new ArrayList<>();
    for (DistributionSql.Closed q : questions) {
      String column = identifier(q.id());
      columns.add(column);
      String codes = q.multi() ? "split(" + column + ", ' ')" : "array(" + column + ")";
      pairs.add("named_struct('question', " + literal(q.id()) + ", 'codes', " + codes + ")");
    }
    return String.join(
        "\n",
        "WITH latest AS (",
        "  SELECT round, `group` AS grp, " + String.join(", ", columns),
        "  FROM (SELECT *, row_number() OVER (PARTITION BY round, respondent_id"
            + " ORDER BY submitted_at DESC) AS latest_rank FROM "
            + VIEW
            + ")",
        "  WHERE latest_rank = 1",
        "), pairs AS (",
        "  SELECT round, grp, explode(array(",
        "    " + String.join(",\n    ", pairs),
        "  )) AS qa FROM latest",
        "), answers AS (",
        "  SELECT round, grp, qa.question AS question, explode(qa.codes) AS value FROM pairs",
        ")",
        "SELECT round, CASE WHEN grouping(grp) = 1 THEN 'all' ELSE grp END AS grp, question,"
            + " value, count(*) AS respondents",
        "FROM answers WHERE value IS NOT NULL AND value <> ''",
        "GROUP BY GROUPING SETS ((round, grp, question, value), (round, question, value))");
  }

  /** Spark SQL escapes quotes in a literal with a backslash; two quotes would concatenate. */
  static String literal(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  static String identifier(String name) {
    return "`" + name.replace("`", "``") + "`";
  }
}
