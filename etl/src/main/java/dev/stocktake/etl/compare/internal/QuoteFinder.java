package dev.stocktake.etl.compare.internal;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import dev.stocktake.etl.ingest.Pseudonymiser;
import dev.stocktake.schema.SurveySchema;
import dev.stocktake.schema.clearance.ClearanceDecision;
import dev.stocktake.schema.codebook.Codebook;
import dev.stocktake.schema.codebook.Theme;
import dev.stocktake.schema.findings.OpenAnswers.Quote;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.StructType;

/**
 * Chooses a few answers to quote for each theme of each coded question in the newest round. Only
 * answers whose author may be quoted are candidates: the roster's consent is {@code full} or {@code
 * anonymous}, no clearance decision redacts the answer, the answer is no member of an organised
 * campaign (a campaign speaks for many, not for one), and in the public edition the question is
 * published. Among them the answers with the fewest themes come first, since they speak most
 * clearly of the theme; then those closest to a readable length; then by respondent key, so that
 * the same data and key always give the same quotes. Answers opening with the same words are quoted
 * once. Spark ranks; only the chosen rows reach the driver.
 */
public final class QuoteFinder {
  /** Quotes per theme and question, so that a few voices do not fill the report. */
  public static final int PER_THEME = 2;

  /** Answers of about this many characters read best as a quote. */
  static final int READABLE_LENGTH = 160;

  /** Answers whose first this many characters match are quoted once. */
  static final int SAME_OPENING = 60;

  /** The columns of answers/ that quoting reads. */
  public static final StructType ANSWERS =
      createStructType(
          List.of(
              createStructField("respondent", StringType, true),
              createStructField("group", StringType, true),
              createStructField("region", StringType, true),
              createStructField("language", StringType, true),
              createStructField("question", StringType, true),
              createStructField("value", StringType, true),
              createStructField("withheld", BooleanType, true),
              createStructField("codebook", StringType, true),
              createStructField("themes", createArrayType(StringType, true), true),
              createStructField("campaign", StringType, true),
              createStructField("round", StringType, true)));

  private static final StructType REDACTED =
      createStructType(
          List.of(
              createStructField("respondent", StringType, false),
              createStructField("question", StringType, false)));

  private QuoteFinder() {}

  /**
   * The quotes of {@code round}, ordered by question (schema order), theme (codebook order) and
   * rank.
   *
   * @param answers answers/ read with {@link #ANSWERS}
   * @param roster the round's roster.csv, or a path that does not exist (then nobody is quoted)
   * @param redactions the round's clearance decisions (only {@code redacted} ones matter)
   * @param pseudonymiser the one the ingest keyed respondents with
   * @param publicEdition whether only published questions may be quoted
   */
  public static List<Quote> choose(
      SparkSession spark,
      Dataset<Row> answers,
      Path roster,
      List<ClearanceDecision> redactions,
      Pseudonymiser pseudonymiser,
      SurveySchema newest,
      List<Codebook> codebooks,
      String round,
      boolean publicEdition) {
    if (codebooks.isEmpty() || !Files.isRegularFile(roster)) {
      return List.of();
    }
    List<String> quotable = new ArrayList<>();
    for (Codebook c : codebooks) {
      for (String q : c.questions()) {
        newest
            .question(q)
            .filter(question -> !publicEdition || question.isPublished())
            .ifPresent(question -> quotable.add(question.id()));
      }
    }
    if (quotable.isEmpty()) {
      return List.of();
    }
    Dataset<Row> consenting = consenting(spark, roster, pseudonymiser);
    Dataset<Row> candidates =
        answers
            .filter(
                col("round")
                    .equalTo(round)
                    .and(col("question").isin(quotable.toArray()))
                    .and(col("withheld").isNull().or(col("withheld").equalTo(false)))
                    .and(col("campaign").isNull())
                    .and(col("themes").isNotNull())
                    .and(size(col("themes")).gt(0))
                    .and(col("value").isNotNull())
                    .and(length(trim(col("value"))).gt(0)))
            .join(consenting, "respondent");
    List<Row> redacted = new ArrayList<>();
    for (ClearanceDecision d : redactions) {
      if (d.round().equals(round) && d.decision() == ClearanceDecision.Decision.REDACTED) {
        redacted.add(RowFactory.create(pseudonymiser.pseudonym(d.respondent()), d.question()));
      }
    }
    if (!redacted.isEmpty()) {
      candidates =
          candidates.join(
              spark.createDataFrame(redacted, REDACTED),
              scala.jdk.javaapi.CollectionConverters.asScala(List.of("respondent", "question"))
                  .toSeq(),
              "left_anti");
    }
    Column[] order = {
      size(col("themes")),
      abs(length(trim(col("value"))).minus(lit(READABLE_LENGTH))),
      col("respondent")
    };
    // Answers that open with the same words (a shared template, a pasted sentence) are quoted
    // once: the first of them by the same order.
    Dataset<Row> ranked =
        candidates
            .withColumn("theme", explode(col("themes")))
            .withColumn("words", substring(lower(trim(col("value"))), 1, SAME_OPENING))
            .withColumn(
                "same",
                row_number().over(Window.partitionBy("question", "theme", "words").orderBy(order)))
            .filter(col("same").equalTo(1))
            .withColumn(
                "rank", row_number().over(Window.partitionBy("question", "theme").orderBy(order)))
            .filter(col("rank").leq(PER_THEME));
    List<Quote> quotes = new ArrayList<>();
    Map<String, Codebook> codebookOf = new HashMap<>();
    codebooks.forEach(c -> c.questions().forEach(q -> codebookOf.put(q, c)));
    for (Row r :
        ranked
            .select(
                "codebook",
                "question",
                "theme",
                "rank",
                "value",
                "language",
                "consent",
                "name",
                "group",
                "region")
            .collectAsList()) {
      String consent = r.getAs("consent");
      quotes.add(
          new Quote(
              r.getAs("codebook"),
              r.getAs("question"),
              r.getAs("theme"),
              round,
              r.<Integer>getAs("rank"),
              r.<String>getAs("value").strip(),
              r.getAs("language"),
              consent,
              "full".equals(consent) ? r.getAs("name") : null,
              r.getAs("group"),
              r.getAs("region")));
    }
    quotes.sort(
        Comparator.comparingInt((Quote q) -> newest.indexOf(q.question()))
            .thenComparingInt(q -> themeIndex(codebookOf.get(q.question()), q.theme()))
            .thenComparing(Quote::theme)
            .thenComparingInt(Quote::rank));
    return List.copyOf(quotes);
  }

  /**
   * The respondents of a roster who may be quoted, keyed as the ingest keyed them, with their
   * consent and name (names travel only this far: a quote carries one only under full consent).
   */
  private static Dataset<Row> consenting(
      SparkSession spark, Path roster, Pseudonymiser pseudonymiser) {
    Dataset<Row> read =
        spark
            .read()
            .option("header", "true")
            .option("multiLine", "true")
            .option("escape", "\"")
            .csv(roster.toUri().toString());
    List<String> columns = Arrays.asList(read.columns());
    if (!columns.contains("id") || !columns.contains("consent")) {
      return spark.createDataFrame(
          List.of(),
          createStructType(
              List.of(
                  createStructField("respondent", StringType, true),
                  createStructField("consent", StringType, true),
                  createStructField("name", StringType, true))));
    }
    Column name = columns.contains("name") ? col("name") : lit(null).cast("string");
    var pseudonym = udf((UDF1<String, String>) pseudonymiser::pseudonym, StringType);
    Column consent = lower(trim(col("consent")));
    return read.filter(col("id").isNotNull())
        .select(
            pseudonym.apply(col("id")).as("respondent"),
            consent.as("consent"),
            when(consent.equalTo("full"), trim(name)).as("name"))
        .filter(col("consent").isin("full", "anonymous"))
        .dropDuplicates("respondent");
  }

  private static int themeIndex(Codebook codebook, String theme) {
    if (codebook == null) {
      return Integer.MAX_VALUE;
    }
    List<Theme> themes = codebook.themes();
    for (int i = 0; i < themes.size(); i++) {
      if (themes.get(i).id().equals(theme)) {
        return i;
      }
    }
    return Integer.MAX_VALUE;
  }
}
