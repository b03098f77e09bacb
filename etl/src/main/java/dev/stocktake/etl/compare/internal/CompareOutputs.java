package dev.stocktake.etl.compare.internal;

import dev.stocktake.etl.compare.internal.Aggregates.Answered;
import dev.stocktake.etl.compare.internal.Aggregates.ValueCount;
import dev.stocktake.etl.io.OutputFiles;
import dev.stocktake.schema.findings.Comparison;
import dev.stocktake.schema.findings.Distribution;
import dev.stocktake.schema.findings.Findings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Writes the compare stage's outputs into a staging folder: distributions and comparisons as
 * Parquet (for analysts) and CSV (for spreadsheets, formula-safe), and findings.json.
 */
public final class CompareOutputs {
  private CompareOutputs() {}

  private static final List<StructField> DISTRIBUTION =
      List.of(
          field("question", DataTypes.StringType),
          field("round", DataTypes.StringType),
          field("group", DataTypes.StringType),
          field("kind", DataTypes.StringType),
          field("value", DataTypes.StringType),
          field("respondents", DataTypes.LongType),
          field("answered", DataTypes.LongType),
          field("missing", DataTypes.LongType),
          field("share", DataTypes.DoubleType),
          field("ci_low", DataTypes.DoubleType),
          field("ci_high", DataTypes.DoubleType),
          field("mean", DataTypes.DoubleType),
          field("median", DataTypes.DoubleType),
          field("q1", DataTypes.DoubleType),
          field("q3", DataTypes.DoubleType));

  private static final List<StructField> COMPARISON =
      List.of(
          field("question", DataTypes.StringType),
          field("from_round", DataTypes.StringType),
          field("to_round", DataTypes.StringType),
          field("group", DataTypes.StringType),
          field("design", DataTypes.StringType),
          field("test", DataTypes.StringType),
          field("choice", DataTypes.StringType),
          field("n_from", DataTypes.LongType),
          field("n_to", DataTypes.LongType),
          field("statistic", DataTypes.DoubleType),
          field("df", DataTypes.DoubleType),
          field("p", DataTypes.DoubleType),
          field("p_adjusted", DataTypes.DoubleType),
          field("effect_name", DataTypes.StringType),
          field("effect", DataTypes.DoubleType),
          field("merged", DataTypes.StringType),
          field("note", DataTypes.StringType),
          field("caveats", DataTypes.StringType));

  private static StructField field(String name, DataType type) {
    return DataTypes.createStructField(name, type, true);
  }

  public static void write(
      SparkSession spark, Path staging, List<Distribution> distributionLines, Findings findings) {
    List<Row> distributions = distributionLines.stream().map(CompareOutputs::row).toList();
    List<Row> comparisons = new ArrayList<>();
    for (Comparison c : findings.comparisons()) {
      comparisons.add(
          RowFactory.create(
              c.question(),
              c.fromRound(),
              c.toRound(),
              c.group(),
              c.design(),
              c.test(),
              c.choice(),
              c.nFrom(),
              c.nTo(),
              c.statistic(),
              c.df(),
              c.p(),
              c.pAdjusted(),
              c.effectName(),
              c.effect(),
              c.merged().isEmpty()
                  ? null
                  : String.join(" ", c.merged().stream().map(m -> String.join("|", m)).toList()),
              c.note(),
              c.caveats().isEmpty() ? null : String.join("; ", c.caveats())));
    }
    table(spark, staging, "distributions", DISTRIBUTION, distributions);
    table(spark, staging, "comparisons", COMPARISON, comparisons);
    OutputFiles.json(staging.resolve("findings.json"), findings);
  }

  private static Row row(Distribution d) {
    return RowFactory.create(
        d.question(),
        d.round(),
        d.group(),
        d.kind(),
        d.value(),
        d.respondents(),
        d.answered(),
        d.missing(),
        d.share(),
        d.ciLow(),
        d.ciHigh(),
        d.mean(),
        d.median(),
        d.q1(),
        d.q3());
  }

  private static void table(
      SparkSession spark, Path staging, String name, List<StructField> fields, List<Row> rows) {
    StructType schema = new StructType(fields.toArray(StructField[]::new));
    spark
        .createDataFrame(rows, schema)
        .coalesce(1)
        .write()
        .mode(SaveMode.Overwrite)
        .option("compression", "snappy")
        .parquet(staging.resolve(name).toString());
    OutputFiles.csv(
        staging.resolve(name + ".csv"),
        fields.stream().map(StructField::name).toList(),
        rows.iterator());
  }

  /**
   * One row per question × round × group × value with its share and Wilson interval, and for
   * ordinal and numeric questions a summary row (mean, median, quartiles of the numbers: likert
   * ranks on the newest scale; an old answer standing for several levels has no rank and is left
   * out of the summary).
   */
  public static List<Distribution> distributions(
      QuestionCatalog catalog,
      List<String> rounds,
      List<ValueCount> values,
      List<Answered> answered,
      Map<String, Long> responded) {
    Map<String, Long> n = new HashMap<>();
    for (Answered a : answered) {
      n.put(a.question() + "\u0000" + a.round() + "\u0000" + a.group(), a.respondents());
    }
    List<String> order = catalog.ids();
    List<ValueCount> sorted = new ArrayList<>(values);
    sorted.sort(
        Comparator.comparingInt((ValueCount v) -> order.indexOf(v.question()))
            .thenComparingInt(v -> rounds.indexOf(v.round()))
            .thenComparing(ValueCount::group)
            .thenComparing(ValueCount::value));
    List<Distribution> rows = new ArrayList<>();
    Map<String, TreeMap<Double, Long>> numbers = new java.util.LinkedHashMap<>();
    for (ValueCount v : sorted) {
      String key = v.question() + "\u0000" + v.round() + "\u0000" + v.group();
      long total = n.getOrDefault(key, 0L);
      Double[] ci = Stats.wilson(v.respondents(), total);
      QuestionCatalog.Entry q = catalog.get(v.question());
      rows.add(
          new Distribution(
              v.question(),
              v.round(),
              v.group(),
              Distribution.SHARE,
              v.value(),
              v.respondents(),
              total,
              missing(q, v.round(), v.group(), total, responded),
              total == 0 ? null : v.respondents() / (double) total,
              ci[0],
              ci[1],
              null,
              null,
              null,
              null));
      if ((q.isOrdinal() || q.isNumeric()) && v.number() != null) {
        numbers
            .computeIfAbsent(key, k -> new TreeMap<>())
            .merge(v.number(), v.respondents(), Long::sum);
      }
    }
    for (Map.Entry<String, TreeMap<Double, Long>> e : numbers.entrySet()) {
      String[] k = e.getKey().split("\u0000");
      double[] levels = e.getValue().keySet().stream().mapToDouble(Double::doubleValue).toArray();
      long[] counts = e.getValue().values().stream().mapToLong(Long::longValue).toArray();
      double[] d = Stats.describe(levels, counts);
      rows.add(
          new Distribution(
              k[0],
              k[1],
              k[2],
              Distribution.SUMMARY,
              null,
              (long) d[0],
              n.getOrDefault(e.getKey(), 0L),
              missing(catalog.get(k[0]), k[1], k[2], n.getOrDefault(e.getKey(), 0L), responded),
              null,
              null,
              null,
              d[1],
              d[2],
              d[3],
              d[4]));
    }
    return rows;
  }

  /**
   * Respondents of the round (in the group, or in every group the question applies to for "all")
   * who did not answer: those skip logic did not show the question to are among them.
   */
  private static Long missing(
      QuestionCatalog.Entry q,
      String round,
      String group,
      long answered,
      Map<String, Long> responded) {
    long eligible = 0;
    for (Map.Entry<String, Long> e : responded.entrySet()) {
      String[] roundAndGroup = e.getKey().split("\u0000");
      boolean inCell = group.equals(Aggregates.ALL) || roundAndGroup[1].equals(group);
      if (roundAndGroup[0].equals(round) && inCell && q.appliesTo(roundAndGroup[1])) {
        eligible += e.getValue();
      }
    }
    return Math.max(0, eligible - answered);
  }
}
