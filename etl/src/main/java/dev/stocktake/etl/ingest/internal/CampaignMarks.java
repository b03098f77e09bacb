package dev.stocktake.etl.ingest.internal;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import dev.stocktake.etl.text.CampaignFinder;
import dev.stocktake.schema.codebook.Codebook;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Organised campaigns among coded open answers: per round and question, the answers several
 * respondents gave identically or nearly so, found as the texts that make up each campaign. It
 * reads the answers' text, which no output keeps; only the marks go on.
 *
 * <p>Everything runs on the executors. Identical answers are counted by Spark first, so the search
 * for near duplicates ({@link CampaignFinder#findAmongTexts}) sees each distinct text of a round's
 * question once, in one task; its memory grows with that question's distinct texts, not with its
 * answers. Nothing proportional to the answers reaches the driver.
 */
final class CampaignMarks {
  private static final StructType CAMPAIGN_TEXT =
      createStructType(
          List.of(
              createStructField("round", StringType, false),
              createStructField("question", StringType, false),
              createStructField("text", StringType, false),
              createStructField("campaign", StringType, false),
              createStructField("campaign_exact", BooleanType, false)));

  private CampaignMarks() {}

  /**
   * The texts of every campaign: per round and question, each member text (in the form {@link
   * CampaignFinder#campaignText} gives, as the ingest's checker keeps it) with its campaign's id
   * and whether the campaign is of one text only. As many rows as distinct texts in campaigns, not
   * as answers.
   *
   * @param answers answers with codebook, campaign_text, round, respondent and question
   * @param settings each codebook's campaign settings, by codebook id
   */
  static Dataset<Row> of(
      SparkSession spark, Dataset<Row> answers, Map<String, Codebook.Campaigns> settings) {
    if (settings.isEmpty()) {
      return spark
          .createDataFrame(List.of(), CAMPAIGN_TEXT)
          .withColumnRenamed("text", "campaign_text");
    }
    Dataset<Row> texts =
        answers
            .select(
                col("round"),
                col("question"),
                col("codebook"),
                col("respondent"),
                col("campaign_text").as("text"))
            .filter(col("text").isNotNull());
    Dataset<Row> distinct =
        texts
            .groupBy("round", "question", "codebook", "text")
            .agg(count(lit(1)).as("answers"), min("respondent").as("first_key"));
    Dataset<Row> campaignTexts =
        distinct
            .groupByKey(
                (MapFunction<Row, String>)
                    r -> r.getString(0) + "\u0000" + r.getString(1) + "\u0000" + r.getString(2),
                Encoders.STRING())
            .flatMapGroups(new Search(settings), Encoders.row(CAMPAIGN_TEXT));
    return campaignTexts.withColumnRenamed("text", "campaign_text");
  }

  /** The campaigns of one round's question, from its distinct texts: each member text marked. */
  private static final class Search implements FlatMapGroupsFunction<String, Row, Row> {
    private static final long serialVersionUID = 1L;
    private final Map<String, Codebook.Campaigns> settings;

    Search(Map<String, Codebook.Campaigns> settings) {
      this.settings = new TreeMap<>(settings);
    }

    @Override
    public Iterator<Row> call(String key, Iterator<Row> rows) {
      String[] parts = key.split("\u0000", -1);
      String round = parts[0];
      String question = parts[1];
      List<CampaignFinder.TextCount> texts = new ArrayList<>();
      while (rows.hasNext()) {
        Row r = rows.next();
        texts.add(new CampaignFinder.TextCount(r.getString(3), r.getLong(4), r.getString(5)));
      }
      Codebook.Campaigns setting = settings.getOrDefault(parts[2], Codebook.Campaigns.DEFAULT);
      List<Row> out = new ArrayList<>();
      int number = 0;
      for (CampaignFinder.TextCampaign c : CampaignFinder.findAmongTexts(texts, setting)) {
        String id = round + ":" + question + ":" + (++number);
        for (int t : c.texts()) {
          out.add(RowFactory.create(round, question, texts.get(t).text(), id, c.exact()));
        }
      }
      return out.iterator();
    }
  }

  /** Codebook id to its campaign settings. */
  static Map<String, Codebook.Campaigns> settings(List<Codebook> codebooks) {
    Map<String, Codebook.Campaigns> out = new TreeMap<>();
    codebooks.forEach(c -> out.put(c.codebook(), c.campaigns()));
    return out;
  }
}
