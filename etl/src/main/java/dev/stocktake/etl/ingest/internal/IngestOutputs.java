package dev.stocktake.etl.ingest.internal;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.inline;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import dev.stocktake.etl.EtlException;
import dev.stocktake.etl.ingest.Ingest;
import dev.stocktake.etl.ingest.Reason;
import dev.stocktake.etl.ingest.Reconciliation;
import dev.stocktake.etl.ingest.Reconciliation.Counts;
import dev.stocktake.etl.ingest.Reconciliation.FileCounts;
import dev.stocktake.etl.ingest.Reconciliation.RoundCounts;
import dev.stocktake.etl.ingest.scan.FileScan;
import dev.stocktake.etl.io.OutputFiles;
import dev.stocktake.etl.io.OutputFolder;
import dev.stocktake.schema.project.Project;
import dev.stocktake.schema.project.RoundConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.catalyst.catalog.ExternalCatalogUtils;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Counts and writes what the ingest made of the rounds: the reconciliation, the tidy answers, the
 * respondents (with the roster), and the quarantine. Everything goes to a staging folder that
 * {@link OutputFolder} then puts in place.
 */
public final class IngestOutputs {

  /** The columns of quarantine.csv. */
  public static final List<String> QUARANTINE_COLUMNS =
      List.of("round", "file", "line", "respondent", "question", "reason", "message", "raw_value");

  private static final StructType QUARANTINE =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("round", DataTypes.StringType, false),
              DataTypes.createStructField("file", DataTypes.StringType, false),
              DataTypes.createStructField("line", DataTypes.LongType, false),
              DataTypes.createStructField("respondent", DataTypes.StringType, true),
              DataTypes.createStructField("question", DataTypes.StringType, true),
              DataTypes.createStructField("reason", DataTypes.StringType, false),
              DataTypes.createStructField("message", DataTypes.StringType, true),
              DataTypes.createStructField("raw", DataTypes.StringType, true)));

  /** What the driver learns about files and columns before any row is read. */
  public static final class FileNotes {
    private final Map<String, List<String>> notes = new LinkedHashMap<>();
    private final List<Row> problems = new ArrayList<>();
    private final Map<String, Long> lost = new HashMap<>();

    List<String> of(String file) {
      return notes.getOrDefault(file, List.of());
    }

    private void note(ResponseFile file, String note) {
      notes.computeIfAbsent(file.display(), f -> new ArrayList<>()).add(note);
    }

    private void problem(ResponseFile file, String column, Reason reason, String message) {
      problems.add(
          RowFactory.create(
              file.round(), file.display(), 1L, null, column, reason.code(), message, column));
    }

    public void emptyFile(ResponseFile file, FileScan scan) {
      note(
          file,
          scan.bytes() == 0
              ? "empty file: 0 bytes"
              : scan.header().isEmpty() ? "no records and no header" : "no records: header only");
    }

    public void columns(ResponseFile file, ColumnPlan plan, RoundRules rules) {
      for (ColumnPlan.Column c : plan.ofKind(ColumnPlan.Kind.UNKNOWN)) {
        String name = c.name().isEmpty() ? "(column " + (c.index() + 1) + ", no name)" : c.name();
        problem(
            file,
            name,
            Reason.UNKNOWN_COLUMN,
            "column "
                + name
                + " is no question of schema v"
                + rules.version()
                + " and not mapped in stocktake.yaml (columns:); its values were not loaded");
      }
      for (ColumnPlan.Column c : plan.ofKind(ColumnPlan.Kind.DUPLICATE)) {
        problem(
            file,
            c.name(),
            Reason.DUPLICATE_COLUMN,
            "column "
                + (c.index() + 1)
                + " ("
                + c.name()
                + ") repeats column "
                + (c.first() + 1)
                + "; only the first is loaded");
      }
      List<String> skipped =
          plan.ofKind(ColumnPlan.Kind.METADATA).stream().map(ColumnPlan.Column::name).toList();
      if (!skipped.isEmpty()) {
        note(file, "survey-tool columns skipped: " + String.join(", ", skipped));
      }
      if (!plan.missingRequiredStandard().isEmpty()) {
        note(
            file,
            "no "
                + String.join(" or ", plan.missingRequiredStandard())
                + " column: every row is quarantined");
        return;
      }
      for (String q : rules.questionIds()) {
        if (rules.isRequired(q) && !plan.presentQuestions().contains(q)) {
          problem(
              file,
              q,
              Reason.MISSING_QUESTION_COLUMN,
              "required question " + q + " of schema v" + rules.version() + " has no column");
        }
      }
    }

    public void parserDisagreement(ResponseFile file, long physical, long read) {
      note(file, "the scanner found " + physical + " records, the parser returned " + read);
      if (read < physical) {
        lost.put(file.display(), physical - read);
        problems.add(
            RowFactory.create(
                file.round(),
                file.display(),
                0L,
                null,
                null,
                Reason.PARSER_DISAGREEMENT.code(),
                (physical - read) + " records of the file were not returned by the CSV parser",
                ""));
      }
    }
  }

  private final SparkSession spark;
  private final Project project;
  private final Ingest.Options options;
  private final Path staging;
  private final Dataset<Row> checked;
  private final FileNotes notes;
  private final Dataset<Row> roster;

  public IngestOutputs(
      SparkSession spark,
      Project project,
      Ingest.Options options,
      Path staging,
      Dataset<Row> checked,
      FileNotes notes,
      Dataset<Row> roster) {
    this.spark = spark;
    this.project = project;
    this.options = options;
    this.staging = staging;
    this.checked = checked;
    this.notes = notes;
    this.roster = roster;
  }

  /** Counts every row of every file by what became of it. */
  public Reconciliation reconcile(List<ResponseFile> files, List<FileScan> scans) {
    Map<String, Map<String, Long>> byFile = new HashMap<>();
    Map<String, Long> byReason = new TreeMap<>();
    // Per file: rows by status and reason, answers set aside by reason, answers written.
    Dataset<Row> counted =
        checked
            .groupBy(col("file"), lit("row"), col("status"), coalesce(col("reason"), lit("")))
            .count()
            .union(problems().groupBy(col("file"), lit("problem"), lit(""), col("reason")).count())
            .union(
                checked
                    .groupBy(col("file"))
                    .agg(sum(size(col("answers"))).as("answers"))
                    .select(col("file"), lit("answer"), lit(""), lit(""), col("answers")));
    for (Row r : counted.collectAsList()) {
      String file = r.getString(0);
      String kind = r.getString(1);
      String status = r.getString(2);
      String reason = r.getString(3);
      long n = r.getLong(4);
      String key = kind.equals("row") ? status : kind;
      byFile.computeIfAbsent(file, f -> new HashMap<>()).merge(key, n, Long::sum);
      if (!reason.isEmpty()) {
        byReason.merge(reason, n, Long::sum);
      }
    }
    for (Row p : notes.problems) {
      byReason.merge(p.getString(5), notes.lost.getOrDefault(p.getString(1), 1L), Long::sum);
    }
    Map<String, Long> notInRoster = notInRoster();
    Map<String, List<FileCounts>> perRound = new LinkedHashMap<>();
    for (int i = 0; i < files.size(); i++) {
      ResponseFile file = files.get(i);
      FileScan scan = scans.get(i);
      Map<String, Long> c = byFile.getOrDefault(file.display(), Map.of());
      long quarantinedRows =
          c.getOrDefault(SubmissionChecker.QUARANTINED, 0L)
              + notes.lost.getOrDefault(file.display(), 0L);
      Counts counts =
          new Counts(
              scan.records(),
              c.getOrDefault(SubmissionChecker.ACCEPTED, 0L),
              quarantinedRows,
              c.getOrDefault(SubmissionChecker.SUPERSEDED, 0L),
              c.getOrDefault("answer", 0L),
              c.getOrDefault("problem", 0L));
      List<String> fileNotes = new ArrayList<>(notes.of(file.display()));
      scan.problems().stream()
          .filter(p -> p.record() < 0)
          .forEach(p -> fileNotes.add("header: " + p.detail()));
      perRound
          .computeIfAbsent(file.round(), r -> new ArrayList<>())
          .add(
              new FileCounts(
                  file.display(),
                  scan.encoding(),
                  scan.bom(),
                  scan.lineEndings(),
                  scan.bytes(),
                  scan.physicalLines(),
                  scan.blankLines(),
                  counts,
                  counts.reconciles(),
                  notInRoster.getOrDefault(file.display(), 0L),
                  fileNotes));
    }
    List<RoundCounts> rounds = new ArrayList<>();
    Counts totals = Counts.zero();
    boolean reconciled = true;
    for (RoundConfig round : project.config().rounds()) {
      List<FileCounts> roundFiles = perRound.getOrDefault(round.id(), List.of());
      Counts sum = roundFiles.stream().map(FileCounts::counts).reduce(Counts.zero(), Counts::plus);
      boolean ok = roundFiles.stream().allMatch(FileCounts::reconciles) && sum.reconciles();
      rounds.add(new RoundCounts(round.id(), round.schema(), sum, ok, roundFiles));
      totals = totals.plus(sum);
      reconciled &= ok;
    }
    return new Reconciliation(options.edition().id(), reconciled, totals, byReason, rounds);
  }

  /** Accepted submissions, per file, whose respondent is not in their round's roster. */
  private Map<String, Long> notInRoster() {
    List<Object> roundsWithRoster = new ArrayList<>();
    roster.select("round").distinct().collectAsList().forEach(r -> roundsWithRoster.add(r.get(0)));
    Map<String, Long> out = new HashMap<>();
    if (roundsWithRoster.isEmpty()) {
      return out;
    }
    for (Row r :
        checked
            .filter(
                col("status")
                    .equalTo(SubmissionChecker.ACCEPTED)
                    .and(col("in_roster").isNull())
                    .and(col("round").isin(roundsWithRoster.toArray())))
            .groupBy("file")
            .count()
            .collectAsList()) {
      out.put(r.getString(0), r.getLong(1));
    }
    return out;
  }

  private static final org.apache.spark.sql.types.DataType THEMES =
      DataTypes.createArrayType(DataTypes.StringType, true);

  /** Writes every output into the staging folder. */
  public void write(Reconciliation reconciliation) {
    UserDefinedFunction pseudonym =
        udf((UDF1<String, String>) options.pseudonymiser()::pseudonym, DataTypes.StringType);
    scala.collection.immutable.Seq<String> key =
        CollectionConverters.asScala(List.of("round", "respondent_id")).toList();
    for (RoundConfig round : project.config().rounds()) {
      writeAnswers(round.id());
    }

    Dataset<Row> responded =
        checked
            .filter(col("status").equalTo(SubmissionChecker.ACCEPTED))
            .select(
                col("round"),
                col("respondent_id"),
                col("respondent"),
                col("group"),
                col("language"),
                col("submitted_at"),
                lit(true).as("responded"));
    responded
        .join(roster, key, "full_outer")
        .select(
            col("round"),
            coalesce(col("respondent"), pseudonym.apply(col("respondent_id"))).as("respondent"),
            coalesce(col("group"), col("roster_group")).as("group"),
            col("region"),
            col("country"),
            coalesce(col("language"), col("roster_language")).as("language"),
            col("consent"),
            coalesce(col("invited"), lit(false)).as("invited"),
            coalesce(col("responded"), lit(false)).as("responded"),
            col("submitted_at"))
        .repartition(col("round"), col("respondent"))
        .sortWithinPartitions("round", "respondent")
        .write()
        .mode(SaveMode.Overwrite)
        .option("compression", "snappy")
        .partitionBy("round")
        .parquet(staging.resolve("respondents").toString());

    writeQuarantine();
    writeJson(reconciliation);
  }

  /**
   * One round's accepted answers, one row per harmonised value, each with its submission's
   * respondent, group, roster region and country, and language.
   */
  private Dataset<Row> answers(String round) {
    return checked
        .filter(col("round").equalTo(round).and(col("status").equalTo(SubmissionChecker.ACCEPTED)))
        .select(
            col("round"),
            col("respondent"),
            col("group"),
            col("region"),
            col("country"),
            col("language"),
            inline(col("answers")));
  }

  /** Every answer set aside, one row each, with its submission's place and respondent. */
  private Dataset<Row> problems() {
    return checked.select(
        col("round"), col("file"), col("line"), col("respondent"), inline(col("problems")));
  }

  /**
   * Writes one round's answers to {@code answers/round=<id>/}, the layout a partitioned write
   * gives. Written round by round rather than with {@code partitionBy}, which sorts every answer by
   * round first: the answers already carry their roster fields (joined per submission) and stay in
   * the order the checked submissions have, grouped by respondent and the same in every run. The
   * campaigns' texts are few, so they are broadcast and the answers are neither shuffled nor
   * sorted.
   */
  private void writeAnswers(String round) {
    Dataset<Row> roundAnswers = answers(round);
    roundAnswers
        .join(
            broadcast(
                CampaignMarks.of(spark, roundAnswers, CampaignMarks.settings(project.codebooks()))),
            CollectionConverters.asScala(List.of("round", "question", "campaign_text")).toList(),
            "left")
        .select(
            col("respondent"),
            col("group"),
            col("region"),
            col("country"),
            col("language"),
            col("question"),
            col("source_version"),
            col("source_question"),
            col("value"),
            col("number").as("value_num"),
            col("comparability"),
            col("withheld"),
            col("codebook"),
            when(col("codebook").isNull(), lit(null).cast(THEMES))
                .when(col("themes").equalTo(""), array().cast(THEMES))
                .otherwise(split(col("themes"), " "))
                .as("themes"),
            col("campaign"),
            col("campaign_exact"),
            col("coded_by_hand"))
        .write()
        .mode(SaveMode.Overwrite)
        .option("compression", "snappy")
        .parquet(
            staging
                .resolve("answers")
                // Escaped as Spark escapes a partition value, so reading answers/ gives it back.
                .resolve("round=" + ExternalCatalogUtils.escapePathName(round))
                .toString());
  }

  private void writeQuarantine() {
    Dataset<Row> rejected =
        checked
            .filter(col("status").notEqual(SubmissionChecker.ACCEPTED))
            .select(
                col("round"),
                col("file"),
                col("line"),
                col("respondent"),
                lit(null).cast(DataTypes.StringType).as("question"),
                col("reason"),
                col("message"),
                col("raw"))
            .unionByName(
                problems()
                    .select(
                        "round",
                        "file",
                        "line",
                        "respondent",
                        "question",
                        "reason",
                        "message",
                        "raw"));
    Dataset<Row> all = rejected.unionByName(spark.createDataFrame(notes.problems, QUARANTINE));
    Column[] order = {
      col("round"), col("file"), col("line"), col("question").asc_nulls_first(), col("reason")
    };
    OutputFiles.csv(
        staging.resolve("quarantine.csv"),
        QUARANTINE_COLUMNS,
        // One sorted partition, streamed: a global orderBy would sample every row first and then
        // run a job per partition to stream them.
        all.repartition(1).sortWithinPartitions(order).toLocalIterator());
  }

  private void writeJson(Reconciliation reconciliation) {
    OutputFiles.json(staging.resolve("reconciliation.json"), reconciliation);
  }

  /** Every round's roster, without names: who was invited, from which group and region. */
  public static Dataset<Row> roster(SparkSession spark, Project project) {
    StructType schema =
        DataTypes.createStructType(
            List.of(
                DataTypes.createStructField("round", DataTypes.StringType, false),
                DataTypes.createStructField("respondent_id", DataTypes.StringType, true),
                DataTypes.createStructField("roster_group", DataTypes.StringType, true),
                DataTypes.createStructField("region", DataTypes.StringType, true),
                DataTypes.createStructField("country", DataTypes.StringType, true),
                DataTypes.createStructField("roster_language", DataTypes.StringType, true),
                DataTypes.createStructField("consent", DataTypes.StringType, true),
                DataTypes.createStructField("invited", DataTypes.BooleanType, true)));
    Dataset<Row> all = spark.createDataFrame(List.of(), schema);
    for (RoundConfig round : project.config().rounds()) {
      Path file = project.folder().resolve("rounds").resolve(round.id()).resolve("roster.csv");
      if (!Files.isRegularFile(file)) {
        continue;
      }
      Dataset<Row> read =
          spark
              .read()
              .option("header", "true")
              .option("multiLine", "true")
              .option("escape", "\"")
              .csv(file.toUri().toString());
      List<String> columns = Arrays.asList(read.columns());
      if (!columns.contains("id")) {
        throw new EtlException(
            project.folder().relativize(file)
                + ": the roster has no id column; its header must name id, name, group, region,"
                + " country, language, consent");
      }
      all =
          all.unionByName(
              read.select(
                  lit(round.id()).as("round"),
                  col("id").as("respondent_id"),
                  optional(columns, "group").as("roster_group"),
                  optional(columns, "region").as("region"),
                  optional(columns, "country").as("country"),
                  optional(columns, "language").as("roster_language"),
                  optional(columns, "consent").as("consent"),
                  lit(true).as("invited")));
    }
    return all;
  }

  private static Column optional(List<String> columns, String name) {
    return columns.contains(name) ? col(name) : lit(null).cast("string");
  }
}
