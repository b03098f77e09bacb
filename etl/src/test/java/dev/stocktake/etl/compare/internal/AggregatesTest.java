package dev.stocktake.etl.compare.internal;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stocktake.etl.SharedSpark;
import dev.stocktake.etl.compare.ComparedExample;
import dev.stocktake.schema.lineage.LineageResolver;
import dev.stocktake.schema.project.Project;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class AggregatesTest {
  private static final StructType ANSWERS =
      createStructType(
          List.of(
              createStructField("question", StringType, true),
              createStructField("round", StringType, true),
              createStructField("respondent", StringType, true),
              createStructField("group", StringType, true),
              createStructField("source_version", IntegerType, true),
              createStructField("value", StringType, true),
              createStructField("value_num", DoubleType, true)));

  @Test
  void theExamplesMergedQuestionIsTheOneTwoV1QuestionsHarmoniseInto() {
    Project project = Project.load(ComparedExample.EXAMPLE);
    assertEquals(
        Set.of("1:community_updates_useful"),
        Aggregates.mergedQuestions(
            LineageResolver.resolve(List.copyOf(project.schemas().values()))));
  }

  @Test
  void aRespondentIsCountedOnceWhereTwoAnswersMergeOrACodeRepeats() {
    Dataset<Row> answers =
        SharedSpark.session()
            .createDataFrame(
                List.of(
                    // Newest version, single-valued: each row is one respondent.
                    row("useful", "2022", "p1", "government", 2, "yes", 1.0),
                    row("useful", "2022", "p2", "government", 2, "no", 2.0),
                    // Two v1 questions merged into one: p3 said yes to both, p4 yes and no.
                    row("useful", "2020", "p3", "civil_society", 1, "yes", 1.0),
                    row("useful", "2020", "p3", "civil_society", 1, "yes", 1.0),
                    row("useful", "2020", "p4", "civil_society", 1, "yes", 1.0),
                    row("useful", "2020", "p4", "civil_society", 1, "no", 2.0),
                    // Multi-choice with a code given twice.
                    row("channels", "2022", "p1", "government", 2, "email", null),
                    row("channels", "2022", "p1", "government", 2, "email", null),
                    row("channels", "2022", "p1", "government", 2, "web", null)),
                ANSWERS);
    Aggregates.Reduced reduced = Aggregates.reduce(answers, List.of("useful"), Set.of("1:useful"));

    assertEquals(
        List.of(
            new Aggregates.ValueCount("channels", "2022", "all", "email", null, 1),
            new Aggregates.ValueCount("channels", "2022", "all", "web", null, 1),
            new Aggregates.ValueCount("channels", "2022", "government", "email", null, 1),
            new Aggregates.ValueCount("channels", "2022", "government", "web", null, 1),
            new Aggregates.ValueCount("useful", "2020", "all", "no", 2.0, 1),
            new Aggregates.ValueCount("useful", "2020", "all", "yes", 1.0, 2),
            new Aggregates.ValueCount("useful", "2020", "civil_society", "no", 2.0, 1),
            new Aggregates.ValueCount("useful", "2020", "civil_society", "yes", 1.0, 2),
            new Aggregates.ValueCount("useful", "2022", "all", "no", 2.0, 1),
            new Aggregates.ValueCount("useful", "2022", "all", "yes", 1.0, 1),
            new Aggregates.ValueCount("useful", "2022", "government", "no", 2.0, 1),
            new Aggregates.ValueCount("useful", "2022", "government", "yes", 1.0, 1)),
        Aggregates.valueCounts(reduced));
    assertEquals(
        List.of(
            new Aggregates.Answered("channels", "2022", "all", 1),
            new Aggregates.Answered("channels", "2022", "government", 1),
            new Aggregates.Answered("useful", "2020", "all", 2),
            new Aggregates.Answered("useful", "2020", "civil_society", 2),
            new Aggregates.Answered("useful", "2022", "all", 2),
            new Aggregates.Answered("useful", "2022", "government", 2)),
        Aggregates.answered(reduced));
    // p4 gave two values in 2020, so only p3 (who said yes twice) counts as one value there.
    assertEquals(
        List.of("p1 2022 yes", "p2 2022 no", "p3 2020 yes"),
        reduced.single().orderBy("respondent").collectAsList().stream()
            .map(r -> r.getAs("respondent") + " " + r.getAs("round") + " " + r.getAs("value"))
            .toList());
  }

  private static Row row(
      String question,
      String round,
      String respondent,
      String group,
      int version,
      String value,
      Double number) {
    return RowFactory.create(question, round, respondent, group, version, value, number);
  }
}
