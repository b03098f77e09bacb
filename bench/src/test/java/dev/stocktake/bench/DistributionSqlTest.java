package dev.stocktake.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DistributionSqlTest {
  @Test
  void oneScanOfEveryFileWithGroupingSetsAndNoUnpivot() {
    String sql =
        DistributionSql.build(
            TinyRounds.QUESTIONS,
            List.of(
                new DistributionSql.RoundFile("2020", Path.of("/data/2020/responses.csv")),
                new DistributionSql.RoundFile("2022", Path.of("/data/it's/responses.csv"))));
    assertEquals(1, sql.split("read_csv\\(", -1).length - 1, sql);
    assertTrue(
        sql.contains("read_csv(['/data/2020/responses.csv', '/data/it''s/responses.csv'],"), sql);
    assertTrue(
        sql.contains(
            "GROUP BY GROUPING SETS ((file, grp, question, value), (file, question, value))"),
        sql);
    assertTrue(sql.contains("{'question': 'status', 'codes': [\"status\"]}"), sql);
    assertTrue(
        sql.contains("{'question': 'channels', 'codes': string_split(\"channels\", ' ')}"), sql);
    assertTrue(sql.contains("WHEN '/data/it''s/responses.csv' THEN '2022'"), sql);
    assertTrue(
        sql.contains(
            "QUALIFY row_number() OVER (PARTITION BY filename, respondent_id ORDER BY"
                + " submitted_at DESC) = 1"),
        sql);
    assertFalse(sql.toUpperCase(java.util.Locale.ROOT).contains("UNPIVOT"), sql);
  }

  /** The query's counts on two tiny rounds: a superseded submission, blanks, several codes. */
  @Test
  void countsTheLatestSubmissionPerRespondentPerGroupAndForEveryone(@TempDir Path dir)
      throws IOException {
    DuckDbRun.Result result = DuckDbRun.run(TinyRounds.QUESTIONS, TinyRounds.write(dir), 1);
    assertEquals(TinyRounds.EXPECTED, result.counts());
  }
}
