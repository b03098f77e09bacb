package dev.stocktake.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stocktake.cli.SparkSessions;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkSqlRunTest {

  @Test
  void givesTheSameCountsAsDuckDbOnTheTinyRounds(@TempDir Path dir) throws IOException {
    SparkSession spark = SparkSessions.start(null, false);
    SparkSqlRun.Result result = SparkSqlRun.run(spark, TinyRounds.QUESTIONS, TinyRounds.write(dir));
    assertEquals(TinyRounds.EXPECTED, result.counts());
  }

  @Test
  void aQuoteInAQuestionIdStaysInsideItsLiteral() {
    String sql = SparkSqlRun.sql(java.util.List.of(new DistributionSql.Closed("it's", true)));
    assertTrue(
        sql.contains("named_struct('question', 'it\\'s', 'codes', split(`it's`, ' '))"), sql);
    assertTrue(
        sql.contains(
            "GROUP BY GROUPING SETS ((round, grp, question, value), (round, question, value))"),
        sql);
  }
}
