package dev.stocktake.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DistributionSqlTest {
  private static final List<DistributionSql.Closed> QUESTIONS =
      List.of(
          new DistributionSql.Closed("status", false),
          new DistributionSql.Closed("channels", true));

  @Test
  void oneScanOfEveryFileWithGroupingSetsAndNoUnpivot() {
    String sql =
        DistributionSql.build(
            QUESTIONS,
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
    Path a = dir.resolve("a.csv");
    Path b = dir.resolve("b.csv");
    Files.writeString(
        a,
        "respondent_id,group,submitted_at,status,channels\n"
            + "r1,gov,2020-10-01T10:00:00Z,planned,x y\n"
            + "r1,gov,2020-10-02T10:00:00Z,done,x\n"
            + "r2,csa,2020-10-01T10:00:00Z,done,\n"
            + "r3,csa,2020-10-01T10:00:00Z,,y z\n");
    Files.writeString(
        b,
        "respondent_id,group,submitted_at,status,channels\n"
            + "r1,gov,2022-10-01T10:00:00Z,done,\"x y\"\n");
    DuckDbRun.Result result =
        DuckDbRun.run(
            QUESTIONS,
            List.of(
                new DistributionSql.RoundFile("2020", a), new DistributionSql.RoundFile("2022", b)),
            1);
    Map<CountKey, Long> expected =
        Map.ofEntries(
            Map.entry(new CountKey("2020", "gov", "status", "done"), 1L),
            Map.entry(new CountKey("2020", "csa", "status", "done"), 1L),
            Map.entry(new CountKey("2020", "all", "status", "done"), 2L),
            Map.entry(new CountKey("2020", "gov", "channels", "x"), 1L),
            Map.entry(new CountKey("2020", "csa", "channels", "y"), 1L),
            Map.entry(new CountKey("2020", "csa", "channels", "z"), 1L),
            Map.entry(new CountKey("2020", "all", "channels", "x"), 1L),
            Map.entry(new CountKey("2020", "all", "channels", "y"), 1L),
            Map.entry(new CountKey("2020", "all", "channels", "z"), 1L),
            Map.entry(new CountKey("2022", "gov", "status", "done"), 1L),
            Map.entry(new CountKey("2022", "all", "status", "done"), 1L),
            Map.entry(new CountKey("2022", "gov", "channels", "x"), 1L),
            Map.entry(new CountKey("2022", "gov", "channels", "y"), 1L),
            Map.entry(new CountKey("2022", "all", "channels", "x"), 1L),
            Map.entry(new CountKey("2022", "all", "channels", "y"), 1L));
    assertEquals(expected, result.counts());
  }
}
