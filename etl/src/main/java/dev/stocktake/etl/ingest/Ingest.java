package dev.stocktake.etl.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import dev.stocktake.etl.EtlException;
import dev.stocktake.etl.ingest.internal.FileScanJob;
import dev.stocktake.etl.ingest.internal.Harmoniser;
import dev.stocktake.etl.ingest.internal.IngestOutputs;
import dev.stocktake.etl.ingest.internal.ReadSettings;
import dev.stocktake.etl.ingest.internal.ResponseFile;
import dev.stocktake.etl.ingest.internal.ResponseReader;
import dev.stocktake.etl.ingest.internal.RoundRules;
import dev.stocktake.etl.ingest.internal.Rows;
import dev.stocktake.etl.ingest.internal.SubmissionChecker;
import dev.stocktake.etl.ingest.scan.FileScan;
import dev.stocktake.etl.io.OutputFolder;
import dev.stocktake.etl.text.CodebookMatcher;
import dev.stocktake.schema.SurveySchema;
import dev.stocktake.schema.clearance.ClearanceDecision;
import dev.stocktake.schema.clearance.ClearanceFile;
import dev.stocktake.schema.codebook.HandCodes;
import dev.stocktake.schema.lineage.LineageResolver;
import dev.stocktake.schema.project.Project;
import dev.stocktake.schema.project.RoundConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.storage.StorageLevel;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The ingest stage: reads every round's response files with Spark, validates each submission and
 * answer against its round's schema version, settles duplicate submissions, harmonises answers to
 * the newest schema, pseudonymises respondents, and writes {@code answers/}, {@code respondents/},
 * {@code quarantine.csv} and {@code reconciliation.json} to the output folder in one step.
 *
 * <p>The caller owns the SparkSession; this class never creates one.
 */
public final class Ingest {

  /** Where outputs go, for whom, and how respondents are keyed. */
  public record Options(Path out, Edition edition, Pseudonymiser pseudonymiser) {}

  /** A stage finished: how many files and rows it handled, and how long it took. */
  public record Progress(String stage, long files, long rows, long bytes, long millis) {}

  /** The outputs the ingest writes, replaced together. */
  public static final List<String> OUTPUTS =
      List.of("answers", "respondents", "quarantine.csv", "reconciliation.json");

  private Ingest() {}

  public static Reconciliation run(
      SparkSession spark, Project project, Options options, Consumer<Progress> progress) {
    if (options.edition() == Edition.PUBLIC && options.pseudonymiser().keepsRawIds()) {
      // The public edition never carries a raw respondent id (answers/, respondents/ and
      // quarantine.csv's respondent column); PseudonymKey never gives it such a pseudonymiser.
      throw new EtlException(
          "the public edition pseudonymises respondent ids and was given no key; resolve one with"
              + " PseudonymKey.resolve, or ingest the community edition");
    }
    OutputFolder folder = OutputFolder.open(options.out(), "ingest");
    List<ResponseFile> files = ResponseFile.discover(project);

    long start = System.nanoTime();
    List<FileScan> scans = FileScanJob.scan(spark, files);
    progress.accept(
        new Progress(
            "scan",
            files.size(),
            scans.stream().mapToLong(FileScan::records).sum(),
            scans.stream().mapToLong(FileScan::bytes).sum(),
            millisSince(start)));

    start = System.nanoTime();
    Map<Integer, RoundRules> rules = new HashMap<>();
    project.schemas().forEach((version, schema) -> rules.put(version, RoundRules.of(schema)));
    List<SurveySchema> versions = List.copyOf(project.schemas().values());
    Harmoniser harmoniser =
        Harmoniser.of(LineageResolver.resolve(versions), project.newestSchema());

    IngestOutputs.FileNotes notes = new IngestOutputs.FileNotes();
    Map<String, Set<String>> present = new LinkedHashMap<>();
    JavaRDD<Row> parsed = null;
    ReadSettings settings = ReadSettings.of(project.config());
    for (int i = 0; i < files.size(); i++) {
      ResponseFile file = files.get(i);
      FileScan scan = scans.get(i);
      if (scan.records() == 0) {
        notes.emptyFile(file, scan);
        continue;
      }
      ResponseReader.Read read =
          ResponseReader.read(spark, file, scan, rules.get(file.version()), settings);
      notes.columns(file, read.plan(), rules.get(file.version()));
      present.put(file.display(), read.plan().presentQuestions());
      parsed = parsed == null ? read.submissions() : parsed.union(read.submissions());
    }

    Dataset<Row> submissions =
        parsed == null
            ? spark.createDataFrame(List.of(), Rows.SUBMISSION)
            : spark.createDataFrame(parsed, Rows.SUBMISSION);
    SubmissionChecker checker =
        new SubmissionChecker(
            rules,
            present,
            harmoniser,
            options.pseudonymiser(),
            options.edition(),
            CodebookMatcher.byQuestion(project.codebooks()),
            handCodes(project),
            redacted(project));
    // The submissions as read are not cached, the checked ones are. Each submission gives exactly
    // one checked row, so those tell how many records the parser returned; in the rare file where
    // that differs from the scanner's count, the submissions are checked again with every row of
    // that file set aside.
    Dataset<Row> roster = IngestOutputs.roster(spark, project);
    int partitions = partitions(scans);
    // Broadcast, so that an executor deserialises the schema rules, codebooks and hand codes once,
    // not every task that reads the cached submissions (whose lineage carries the checker).
    Broadcast<SubmissionChecker> checkerOnce =
        JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(checker);
    Dataset<Row> checked = checked(submissions, roster, checkerOnce, partitions);
    List<String> disagreeing = disagreeingFiles(checked, files, scans, notes);
    if (!disagreeing.isEmpty()) {
      checked.unpersist();
      checked =
          checked(
              markParserDisagreements(submissions, disagreeing), roster, checkerOnce, partitions);
    }

    IngestOutputs outputs =
        new IngestOutputs(spark, project, options, folder.staging(), checked, notes, roster);
    Reconciliation reconciliation = outputs.reconcile(files, scans);
    progress.accept(
        new Progress(
            "validate",
            files.size(),
            reconciliation.totals().rowsRead(),
            scans.stream().mapToLong(FileScan::bytes).sum(),
            millisSince(start)));

    start = System.nanoTime();
    outputs.write(reconciliation);
    folder.commit(OUTPUTS);
    progress.accept(
        new Progress(
            "write",
            OUTPUTS.size(),
            reconciliation.totals().answersWritten(),
            0,
            millisSince(start)));
    checked.unpersist();
    checkerOnce.destroy();
    return reconciliation;
  }

  /**
   * Every submission checked, one {@link Rows#CHECKED} row each, cached for the outputs. The
   * roster's region and country are joined here, once per submission: the join and the duplicates'
   * window share one shuffle and one sort (both by round and respondent), where joining the answers
   * later would shuffle every answer. Cached one row per submission, with its answers as an array,
   * the cache holds each submission's fields once, not once per answer. Cached on local disk only,
   * compressed when {@code spark.rdd.compress} is set (the CLI sets it; 51 MB per 32 MB of response
   * files, 185 MB without): kept in memory, the cache filled the heap's storage memory, and at 2 x
   * 5,000,000 respondents in a 2 GB heap a task could not read the campaigns' broadcast texts back
   * beside it (out of memory); serialised in memory ({@code MEMORY_AND_DISK_SER}), the same ingest
   * ran out of memory while caching. On disk, the cache takes no heap.
   */
  private static Dataset<Row> checked(
      Dataset<Row> submissions,
      Dataset<Row> roster,
      Broadcast<SubmissionChecker> checker,
      int partitions) {
    Dataset<Row> places =
        roster
            .groupBy("round", "respondent_id")
            .agg(min("region").as("region"), min("country").as("country"))
            .withColumn("in_roster", lit(true));
    return settleDuplicates(submissions.repartition(partitions, col("round"), col("respondent_id")))
        .join(
            places, CollectionConverters.asScala(List.of("round", "respondent_id")).toSeq(), "left")
        .map((MapFunction<Row, Row>) s -> checker.value().call(s), Encoders.row(Rows.CHECKED))
        .persist(StorageLevel.DISK_ONLY());
  }

  /**
   * How many partitions the submissions are split into: one per 32 MB of response files, so that a
   * partition's checked submissions stay small enough to hold or spill at a million respondents (64
   * partitions for 2 GB), and a small consultation is one partition, not as many tiny tasks and
   * files as a cluster's shuffle partitions.
   */
  private static int partitions(List<FileScan> scans) {
    long bytes = scans.stream().mapToLong(FileScan::bytes).sum();
    return (int) Math.max(1, Math.min(10_000, (bytes + (32 << 20) - 1) / (32 << 20)));
  }

  /** Files whose parsed records Spark counts differently from the scanner, noted as such. */
  private static List<String> disagreeingFiles(
      Dataset<Row> checked,
      List<ResponseFile> files,
      List<FileScan> scans,
      IngestOutputs.FileNotes notes) {
    Map<String, Long> parsedCounts = new HashMap<>();
    for (Row r : checked.groupBy("file").count().collectAsList()) {
      parsedCounts.put(r.getString(0), r.getLong(1));
    }
    List<String> disagreeing = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      long physical = scans.get(i).records();
      long read = parsedCounts.getOrDefault(files.get(i).display(), 0L);
      if (physical != 0 && read != physical) {
        disagreeing.add(files.get(i).display());
        notes.parserDisagreement(files.get(i), physical, read);
      }
    }
    return disagreeing;
  }

  /**
   * Where Spark returned a different number of records for a file than the scanner counted, row
   * positions cannot be trusted: every row of that file is quarantined, and records Spark did not
   * return are counted as quarantined too.
   */
  private static Dataset<Row> markParserDisagreements(
      Dataset<Row> submissions, List<String> disagreeing) {
    var bad = col("file").isin(disagreeing.toArray());
    return submissions
        .withColumn(
            "fatal", when(bad, lit(Reason.PARSER_DISAGREEMENT.code())).otherwise(col("fatal")))
        .withColumn(
            "fatal_message",
            when(
                    bad,
                    lit(
                        "the CSV parser and the record scanner count this file's records"
                            + " differently, so no row of it can be trusted"))
                .otherwise(col("fatal_message")));
  }

  /**
   * Of several usable submissions by one respondent in a round, the latest by submitted_at is kept
   * (ties: the later file, then the later record); the others are superseded.
   */
  private static Dataset<Row> settleDuplicates(Dataset<Row> submissions) {
    // One window over every submission, usable or not, so the parse runs once: unusable ones
    // (fatal set) sort after the usable ones and never win. Partitioned by round and respondent
    // alone, so that the roster's join that follows needs neither another shuffle nor a sort.
    Column usable = col("fatal").isNull();
    WindowSpec latestFirst =
        Window.partitionBy(col("round"), col("respondent_id"))
            .orderBy(
                usable.desc(),
                col("submitted_at").desc_nulls_last(),
                col("file").desc(),
                col("record").desc());
    return submissions
        .withColumn("rank", row_number().over(latestFirst))
        .withColumn("winner_file", when(usable, first("file").over(latestFirst)))
        .withColumn("winner_line", when(usable, first("line").over(latestFirst)))
        .withColumn(
            "status",
            when(col("fatal").isNotNull(), lit(SubmissionChecker.QUARANTINED))
                .when(col("rank").equalTo(1), lit(SubmissionChecker.ACCEPTED))
                .otherwise(lit(SubmissionChecker.SUPERSEDED)))
        .drop("rank");
  }

  /** Every round's hand codes, checked against its roster and the codebooks. */
  private static Map<String, List<String>> handCodes(Project project) {
    Map<String, List<String>> out = new HashMap<>();
    for (RoundConfig round : project.config().rounds()) {
      HandCodes.themesByAnswer(HandCodes.read(project, round.id()))
          .forEach(
              (key, themes) -> {
                String[] parts = key.split("\u0000", -1);
                out.put(SubmissionChecker.handKey(round.id(), parts[0], parts[1]), themes);
              });
    }
    return out;
  }

  /** Every round's answers its clearance.csv marks redacted, keyed as hand codes are. */
  private static Set<String> redacted(Project project) {
    Set<String> out = new HashSet<>();
    for (RoundConfig round : project.config().rounds()) {
      for (ClearanceDecision d : ClearanceFile.read(project, round.id())) {
        if (d.decision() == ClearanceDecision.Decision.REDACTED) {
          out.add(SubmissionChecker.handKey(round.id(), d.respondent(), d.question()));
        }
      }
    }
    return out;
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
