package dev.stocktake.etl.ingest.internal;

import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createStructField;

import dev.stocktake.etl.EtlException;
import dev.stocktake.etl.ingest.Reason;
import dev.stocktake.etl.ingest.scan.FileScan;
import dev.stocktake.etl.ingest.scan.RecordLines;
import dev.stocktake.etl.ingest.scan.RecordProblem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Reads one response file with Spark's own CSV or JSON reader, in PERMISSIVE mode with a corrupt
 * record column (never DROPMALFORMED, whose drops depend on the columns read), every value as a
 * string, and numbers its records so they line up with the scanner's.
 *
 * <p>CSV is read with {@code multiLine} so quoted line breaks stay inside their field; that makes
 * each file one partition, read in order, so the position Spark gives a row is its record number.
 * The header row is read as data (the scanner already has the header, BOM removed) and skipped.
 */
public final class ResponseReader {
  static final String CORRUPT = "_corrupt";

  private ResponseReader() {}

  /** A file's plan and its submissions as an RDD of {@link Rows#SUBMISSION} rows. */
  public record Read(ColumnPlan plan, JavaRDD<Row> submissions) {}

  public static Read read(
      SparkSession spark,
      ResponseFile file,
      FileScan scan,
      RoundRules rules,
      ReadSettings settings) {
    Optional<RecordProblem> unmatchable =
        scan.problems().stream()
            .filter(
                p ->
                    p.code().equals(RecordProblem.JSON_ARRAY)
                        || p.code().equals(RecordProblem.TOO_MANY_FIELDS))
            .findFirst();
    if (unmatchable.isPresent()) {
      return quarantineAll(spark, file, scan, rules, unmatchable.get());
    }
    if (file.json()) {
      return readJson(spark, file, scan, rules, settings);
    }
    List<StructField> fields = new ArrayList<>();
    for (int i = 0; i < scan.header().size(); i++) {
      fields.add(createStructField("c" + i, StringType, true));
    }
    fields.add(createStructField(CORRUPT, StringType, true));
    Dataset<Row> rows =
        spark
            .read()
            .schema(new StructType(fields.toArray(StructField[]::new)))
            .option("header", "false")
            .option("multiLine", "true")
            .option("sep", String.valueOf(file.delimiter()))
            .option("escape", "\"")
            .option("mode", "PERMISSIVE")
            .option("columnNameOfCorruptRecord", CORRUPT)
            .option("encoding", file.encoding())
            .option("enforceSchema", "true")
            .csv(file.uri());
    ColumnPlan plan = ColumnPlan.of(scan.header(), rules, settings);
    SubmissionParser parser =
        new SubmissionParser(file.round(), file.display(), true, scan, plan, rules);
    JavaRDD<Row> submissions =
        rows.javaRDD().zipWithIndex().filter(indexed -> indexed._2() > 0).map(parser);
    return new Read(plan, submissions);
  }

  /**
   * A file Spark cannot read row for record — a JSON line that is an array becomes several rows or
   * none, a record over the CSV parser's field limit fails the whole read — is not parsed at all:
   * every record is quarantined, with its own problem or with the one that spoils the file.
   */
  private static Read quarantineAll(
      SparkSession spark, ResponseFile file, FileScan scan, RoundRules rules, RecordProblem cause) {
    Map<Long, RecordProblem> byRecord = new HashMap<>();
    scan.problems().forEach(p -> byRecord.putIfAbsent(p.record(), p));
    String round = file.round();
    int version = rules.version();
    String display = file.display();
    RecordLines lines = scan.lines();
    String message =
        "the whole file is set aside: its record at line "
            + cause.line()
            + " ("
            + cause.code()
            + ") stops Spark from reading the file record by record";
    JavaRDD<Row> rows =
        JavaSparkContext.fromSparkContext(spark.sparkContext())
            .parallelize(List.of(scan.records()), 1)
            .flatMap(
                n -> {
                  List<Row> out = new ArrayList<>();
                  for (long r = 0; r < n; r++) {
                    RecordProblem own = byRecord.get(r);
                    out.add(
                        SubmissionParser.fatalRow(
                            round,
                            version,
                            display,
                            r,
                            lines.lineOf(r),
                            null,
                            own == null ? Reason.PARSER_DISAGREEMENT.code() : own.code(),
                            own == null ? message : own.detail(),
                            own == null ? "" : own.raw()));
                  }
                  return out.iterator();
                });
    return new Read(ColumnPlan.of(List.of(), rules, Map.of(), "stocktake"), rows);
  }

  private static Read readJson(
      SparkSession spark,
      ResponseFile file,
      FileScan scan,
      RoundRules rules,
      ReadSettings settings) {
    if (!StandardCharsets.UTF_8.name().equalsIgnoreCase(file.encoding())) {
      throw new EtlException(
          file.display()
              + ": JSON lines are read as UTF-8, but stocktake.yaml declares "
              + file.encoding()
              + "; convert the file to UTF-8 or export it as CSV");
    }
    StructType inferred =
        spark
            .read()
            .option("primitivesAsString", "true")
            .option("columnNameOfCorruptRecord", CORRUPT)
            .json(file.uri())
            .schema();
    List<String> keys =
        Arrays.stream(inferred.fieldNames()).filter(n -> !n.equals(CORRUPT)).toList();
    StructType schema =
        Arrays.asList(inferred.fieldNames()).contains(CORRUPT)
            ? inferred
            : inferred.add(CORRUPT, StringType, true);
    Dataset<Row> rows =
        spark
            .read()
            .schema(schema)
            .option("primitivesAsString", "true")
            .option("mode", "PERMISSIVE")
            .option("columnNameOfCorruptRecord", CORRUPT)
            .json(file.uri());
    ColumnPlan plan = ColumnPlan.of(keys, rules, settings);
    SubmissionParser parser =
        new SubmissionParser(file.round(), file.display(), false, scan, plan, rules);
    return new Read(plan, rows.javaRDD().zipWithIndex().map(parser));
  }
}
