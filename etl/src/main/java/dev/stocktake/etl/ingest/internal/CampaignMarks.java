package dev.stocktake.etl.ingest.internal;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.trim;
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
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Organised campaigns among coded open answers: per round and question, the answers several
 * respondents gave identically or nearly so, marked with a campaign id. It reads the answers' text,
 * which no output keeps; only the marks go on.
 *
 * <p>The texts of one round and question are gathered on the driver, streamed partition by
 * partition, so memory grows with the coded text of the largest question (about 0.2 GB for a
 * million answers of 200 characters).
 */
final class CampaignMarks {
  static final StructType SCHEMA =
      createStructType(
          List.of(
              createStructField("round", StringType, false),
              createStructField("respondent", StringType, false),
              createStructField("question", StringType, false),
              createStructField("campaign", StringType, false),
              createStructField("campaign_exact", BooleanType, false)));

  private CampaignMarks() {}

  /**
   * @param answers answer events with codebook, coded_text, round, respondent and question
   * @param settings each codebook's campaign settings, by codebook id
   */
  static Dataset<Row> of(
      SparkSession spark, Dataset<Row> answers, Map<String, Codebook.Campaigns> settings) {
    List<Row> marks = new ArrayList<>();
    if (!settings.isEmpty()) {
      Iterator<Row> coded =
          answers
              .filter(col("codebook").isNotNull().and(length(trim(col("coded_text"))).gt(0)))
              .select("round", "question", "codebook", "respondent", "coded_text")
              .orderBy("round", "question", "respondent")
              .toLocalIterator();
      String current = null;
      String codebook = null;
      List<CampaignFinder.Answer> texts = new ArrayList<>();
      while (coded.hasNext()) {
        Row r = coded.next();
        String key = r.getString(0) + "\u0000" + r.getString(1);
        if (!key.equals(current)) {
          mark(current, codebook, texts, settings, marks);
          current = key;
          codebook = r.getString(2);
          texts = new ArrayList<>();
        }
        texts.add(new CampaignFinder.Answer(r.getString(3), r.getString(4)));
      }
      mark(current, codebook, texts, settings, marks);
    }
    return spark.createDataFrame(marks, SCHEMA);
  }

  private static void mark(
      String roundAndQuestion,
      String codebook,
      List<CampaignFinder.Answer> texts,
      Map<String, Codebook.Campaigns> settings,
      List<Row> marks) {
    if (roundAndQuestion == null || texts.isEmpty()) {
      return;
    }
    String[] parts = roundAndQuestion.split("\u0000", -1);
    Codebook.Campaigns setting = settings.getOrDefault(codebook, Codebook.Campaigns.DEFAULT);
    int number = 0;
    for (CampaignFinder.Campaign c : CampaignFinder.find(texts, setting)) {
      String id = parts[0] + ":" + parts[1] + ":" + (++number);
      for (String respondent : c.keys()) {
        marks.add(RowFactory.create(parts[0], respondent, parts[1], id, c.exact()));
      }
    }
  }

  /** Codebook id to its campaign settings. */
  static Map<String, Codebook.Campaigns> settings(List<Codebook> codebooks) {
    Map<String, Codebook.Campaigns> out = new TreeMap<>();
    codebooks.forEach(c -> out.put(c.codebook(), c.campaigns()));
    return out;
  }
}
