package dev.stocktake.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Times the peer: DuckDB, in memory in this process on every core, computing the same counts as
 * Stocktake's distributions from the same CSV files with {@link DistributionSql}'s query. The time
 * runs from opening the connection to the last result row read; the native library is loaded
 * before, by a warm-up connection, as Spark's start-up is left out of Stocktake's time.
 */
final class DuckDbRun {
  private DuckDbRun() {}

  /** The counts, keyed as Stocktake's, and the seconds they took. */
  record Result(Map<CountKey, Long> counts, double seconds, double startSeconds) {}

  static Result run(
      List<DistributionSql.Closed> questions, List<DistributionSql.RoundFile> files, int threads) {
    String sql = DistributionSql.build(questions, files);
    try {
      long warm = System.nanoTime();
      try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
          Statement s = c.createStatement()) {
        s.execute("SELECT 1");
      }
      double startSeconds = (System.nanoTime() - warm) / 1e9;
      long started = System.nanoTime();
      Map<CountKey, Long> counts = new HashMap<>();
      try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
          Statement s = c.createStatement()) {
        s.execute("SET threads = " + threads);
        try (ResultSet r = s.executeQuery(sql)) {
          while (r.next()) {
            counts.put(
                new CountKey(r.getString(1), r.getString(2), r.getString(3), r.getString(4)),
                r.getLong(5));
          }
        }
      }
      return new Result(counts, (System.nanoTime() - started) / 1e9, startSeconds);
    } catch (SQLException e) {
      throw new IllegalStateException("DuckDB failed: " + e.getMessage() + "\n" + sql, e);
    }
  }
}
