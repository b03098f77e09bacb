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
   * One harmonised value of an accepted answer: the question of the newest schema it now answers,
   * where it came from, its value and number, and for an open answer a codebook codes, its
   * codebook, themes (space-separated, empty when none match) and the form of its text the campaign
   * search matches ({@link dev.stocktake.etl.text.CampaignFinder#campaignText}, null when it has no
   * word), which no output keeps.
   */
  public static final StructType ANSWER =
      createStructType(
          List.of(
              createStructField("question", StringType, false),
              createStructField("source_version", IntegerType, false),
              createStructField("source_question", StringType, false),
              createStructField("value", StringType, true),
              createStructField("number", DoubleType, true),
              createStructField("comparability", StringType, false),
              createStructField("withheld", BooleanType, false),
              createStructField("codebook", StringType, true),
              createStructField("themes", StringType, true),
              createStructField("campaign_text", StringType, true),
              createStructField("coded_by_hand", BooleanType, true)));

  /**
   * What the ingest makes of a submission, one row each: its status (accepted, quarantined,
   * superseded) with the reason and message of a row set aside, and for an accepted row its
   * harmonised {@code answers} and the {@code problems} of the answers set aside. One row per
   * submission, not per answer: the fields they share are held once while the outputs are made, and
   * the answers are laid out long only as they are written.
   */
  public static final StructType CHECKED =
      createStructType(
          List.of(
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
              createStructField("status", StringType, false),
              createStructField("reason", StringType, true),
              createStructField("message", StringType, true),
              createStructField("raw", StringType, true),
              createStructField("answers", createArrayType(ANSWER, false), false),
              createStructField("problems", createArrayType(PROBLEM, false), false)));
}
