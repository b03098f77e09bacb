package dev.stocktake.etl.clearance;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import dev.stocktake.etl.EtlException;
import dev.stocktake.etl.ingest.PseudonymKey;
import dev.stocktake.etl.ingest.Pseudonymiser;
import dev.stocktake.schema.ChoiceList;
import dev.stocktake.schema.SurveySchema;
import dev.stocktake.schema.clearance.RespondentAnswers;
import dev.stocktake.schema.clearance.RespondentAnswers.Answer;
import dev.stocktake.schema.clearance.Roster;
import dev.stocktake.schema.clearance.RosterEntry;
import dev.stocktake.schema.project.Project;
import dev.stocktake.schema.project.RoundConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Collects every respondent's own answers of a project's newest round from the {@code answers/} and
 * {@code respondents/} the ingest wrote, named by the round's roster: roster ids are pseudonymised
 * as the ingest did and joined to the answers' respondent keys. Only respondents who are in the
 * roster and whose submission was accepted are returned.
 *
 * <p>The caller owns the SparkSession; this class never creates one.
 */
public final class RespondentAnswersJob {

  static final StructType ANSWERS =
      createStructType(
          List.of(
              createStructField("respondent", StringType, true),
              createStructField("question", StringType, true),
              createStructField("value", StringType, true),
              createStructField("withheld", BooleanType, true),
              createStructField("round", StringType, true)));

  static final StructType RESPONDENTS =
      createStructType(
          List.of(
              createStructField("respondent", StringType, true),
              createStructField("group", StringType, true),
              createStructField("responded", BooleanType, true),
              createStructField("round", StringType, true)));

  private static final StructType KEYS =
      createStructType(
          List.of(
              createStructField("respondent", StringType, false),
              createStructField("respondent_id", StringType, false)));

  private RespondentAnswersJob() {}

  /**
   * The newest round's answers per respondent, keyed as the ingest in {@code out} keyed them: the
   * edition it recorded in {@code reconciliation.json} and the key stocktake.yaml names.
   *
   * @param environment looks up environment variables (the key variable named in stocktake.yaml)
   */
  public static List<RespondentAnswers> collect(
      SparkSession spark, Project project, Path out, Function<String, String> environment) {
    return collect(spark, project, out, PseudonymKey.ofIngest(project, out, environment));
  }

  /**
   * The newest round's answers per respondent, in roster order; each respondent's answers in the
   * newest schema's question order, a multi-choice answer's values in its choice list's order.
   *
   * @param pseudonymiser the one the ingest used for {@code out}
   * @throws EtlException when nothing was ingested into {@code out}, or under another key
   * @throws dev.stocktake.schema.SchemaException when the roster has an unknown consent word
   */
  public static List<RespondentAnswers> collect(
      SparkSession spark, Project project, Path out, Pseudonymiser pseudonymiser) {
    List<RoundConfig> rounds = project.config().rounds();
    if (rounds.isEmpty()) {
      return List.of();
    }
    String round = rounds.get(rounds.size() - 1).id();
    Path answersPath = out.resolve("answers");
    Path respondentsPath = out.resolve("respondents");
    if (!Files.isDirectory(answersPath) || !Files.isDirectory(respondentsPath)) {
      throw new EtlException(
          "no ingested answers in "
              + out
              + ": run stocktake ingest "
              + project.folder()
              + " first (with the same --out)");
    }
    List<RosterEntry> roster = Roster.read(project, round);
    if (roster.isEmpty()) {
      return List.of();
    }
    Map<String, RosterEntry> byKey = new LinkedHashMap<>();
    List<Row> keys = new ArrayList<>();
    for (RosterEntry entry : roster) {
      String key = pseudonymiser.pseudonym(entry.id());
      if (byKey.putIfAbsent(key, entry) == null) {
        keys.add(RowFactory.create(key, entry.id()));
      }
    }
    Dataset<Row> keyed = spark.createDataFrame(keys, KEYS);
    Dataset<Row> respondents =
        spark
            .read()
            .schema(RESPONDENTS)
            .parquet(respondentsPath.toString())
            .filter(col("round").equalTo(round))
            .join(keyed, "respondent");
    Map<String, String> responded = new LinkedHashMap<>();
    long matched = 0;
    for (Row r : respondents.select("respondent_id", "group", "responded").collectAsList()) {
      matched++;
      if (Boolean.TRUE.equals(r.getAs("responded"))) {
        responded.put(r.getAs("respondent_id"), r.getAs("group"));
      }
    }
    if (matched == 0) {
      throw new EtlException(
          "no one in rounds/"
              + round
              + "/roster.csv is among the respondents ingested into "
              + respondentsPath
              + ": the ingest keyed respondents with another pseudonymisation key or edition."
              + " Run stocktake ingest again with the key stocktake.yaml names now");
    }
    Map<String, Map<String, List<Row>>> rows = new HashMap<>();
    for (Row r :
        spark
            .read()
            .schema(ANSWERS)
            .parquet(answersPath.toString())
            .filter(col("round").equalTo(round))
            .join(keyed, "respondent")
            .select("respondent_id", "question", "value", "withheld")
            .collectAsList()) {
      rows.computeIfAbsent(r.getAs("respondent_id"), k -> new TreeMap<>())
          .computeIfAbsent(r.getAs("question"), k -> new ArrayList<>())
          .add(r);
    }
    SurveySchema schema = project.newestSchema();
    List<RespondentAnswers> result = new ArrayList<>();
    for (RosterEntry entry : byKey.values()) {
      if (!responded.containsKey(entry.id())) {
        continue;
      }
      String group = responded.get(entry.id());
      result.add(
          new RespondentAnswers(
              round,
              entry.id(),
              entry.name(),
              group == null || group.isEmpty() ? entry.group() : group,
              entry.region(),
              entry.country(),
              entry.language().toLowerCase(Locale.ROOT),
              entry.consent(),
              answers(schema, rows.getOrDefault(entry.id(), Map.of()))));
    }
    return List.copyOf(result);
  }

  /** One answer per question, in the schema's order (questions it lacks last, by id). */
  private static List<Answer> answers(SurveySchema schema, Map<String, List<Row>> byQuestion) {
    List<Answer> answers = new ArrayList<>();
    for (Map.Entry<String, List<Row>> e : byQuestion.entrySet()) {
      String question = e.getKey();
      boolean withheld =
          e.getValue().stream().anyMatch(r -> Boolean.TRUE.equals(r.getAs("withheld")));
      List<String> codes =
          schema
              .question(question)
              .flatMap(schema::choicesOf)
              .map(ChoiceList::codes)
              .orElse(List.of());
      List<String> values =
          withheld
              ? List.of()
              : e.getValue().stream()
                  .map(r -> r.<String>getAs("value"))
                  .filter(v -> v != null)
                  .distinct()
                  .sorted(Comparator.comparing((String v) -> rank(codes, v)).thenComparing(v -> v))
                  .toList();
      answers.add(new Answer(question, values, withheld));
    }
    answers.sort(Comparator.comparing((Answer a) -> rank(schema, a.question())));
    return answers;
  }

  private static int rank(List<String> codes, String code) {
    int i = codes.indexOf(code);
    return i < 0 ? Integer.MAX_VALUE : i;
  }

  private static int rank(SurveySchema schema, String question) {
    int i = schema.indexOf(question);
    return i < 0 ? Integer.MAX_VALUE : i;
  }
}
