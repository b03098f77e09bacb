package dev.stocktake.etl.ingest.internal;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createMapType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.List;
import org.apache.spark.sql.types.StructType;

/** The row layouts the ingest passes between its Spark stages. */
public final class Rows {
  private Rows() {}

  /** A problem found while reading a submission that sets aside one answer, not the row. */
  public static final StructType PROBLEM =
      createStructType(
          List.of(
              createStructField("question", StringType, true),
              createStructField("reason", StringType, false),
              createStructField("message", StringType, true),
              createStructField("raw", StringType, true)));

  /**
   * One submission as read: where it is, who sent it, its raw answers by question id, and the
   * reason it is unusable as a whole ({@code fatal}) if it is.
   */
  public static final StructType SUBMISSION =
      createStructType(
          List.of(
              createStructField("round", StringType, false),
              createStructField("version", IntegerType, false),
              createStructField("file", StringType, false),
              createStructField("record", LongType, false),
              createStructField("line", LongType, false),
              createStructField("respondent_id", StringType, true),
              createStructField("group", StringType, true),
              createStructField("language", StringType, true),
              createStructField("submitted_at", TimestampType, true),
              createStructField("fatal", StringType, true),
              createStructField("fatal_message", StringType, true),
              createStructField("fatal_raw", StringType, true),
              createStructField("answers", createMapType(StringType, StringType, true), false),
              createStructField("problems", createArrayType(PROBLEM, false), false)));

  /**
   * What the ingest makes of a submission: one {@code row} event with its status (accepted,
   * quarantined, superseded), then for an accepted row an {@code answer} event per harmonised value
   * and a {@code problem} event per answer set aside.
   */
  public static final StructType EVENT =
      createStructType(
          List.of(
              createStructField("kind", StringType, false),
              createStructField("round", StringType, false),
              createStructField("file", StringType, false),
              createStructField("line", LongType, false),
              createStructField("respondent_id", StringType, true),
              createStructField("respondent", StringType, true),
              createStructField("group", StringType, true),
              createStructField("language", StringType, true),
              createStructField("submitted_at", TimestampType, true),
              // From the round's roster, joined once per submission rather than per answer.
              createStructField("region", StringType, true),
              createStructField("country", StringType, true),
              createStructField("in_roster", BooleanType, true),
              createStructField("status", StringType, true),
              createStructField("question", StringType, true),
              createStructField("source_version", IntegerType, true),
              createStructField("source_question", StringType, true),
              createStructField("value", StringType, true),
              createStructField("number", DoubleType, true),
              createStructField("comparability", StringType, true),
              createStructField("withheld", BooleanType, true),
              createStructField("reason", StringType, true),
              createStructField("message", StringType, true),
              createStructField("raw", StringType, true),
              // An open answer a codebook codes: its codebook, its themes (space-separated, empty
              // when none match) and its text, which the campaign search reads and no output keeps.
              createStructField("codebook", StringType, true),
              createStructField("themes", StringType, true),
              createStructField("coded_text", StringType, true),
              createStructField("coded_by_hand", BooleanType, true)));
}
