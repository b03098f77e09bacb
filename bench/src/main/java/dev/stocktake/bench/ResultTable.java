package dev.stocktake.bench;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints the benchmark's figures: a table for people and one machine-readable line per size. */
final class ResultTable {
  private ResultTable() {}

  static void print(PrintWriter out, double sparkStartSeconds, List<SizeResult> results) {
    out.printf(
        Locale.ROOT,
        "Spark start-up (once, not in the times below): %.1f s%n%n",
        sparkStartSeconds);
    out.printf(
        Locale.ROOT,
        "%12s %8s %9s %9s %10s %9s %11s %8s %12s %9s %8s %11s %9s %9s%n",
        "respondents",
        "MB",
        "ingest_s",
        "compare_s",
        "stocktake_s",
        "duckdb_s",
        "spark_sql_s",
        "floor_s",
        "respondents/s",
        "heap_MB",
        "x_duckdb",
        "x_spark_sql",
        "x_floor",
        "identical");
    for (SizeResult r : results) {
      out.printf(
          Locale.ROOT,
          "%12s %8.0f %9.2f %9.2f %10.2f %9.2f %11.2f %8.3f %12.0f %9d %8.1f %11.1f %9.0f %9s%n",
          r.rounds() + "x" + r.respondents(),
          r.bytes() / 1e6,
          r.ingestSeconds(),
          r.compareSeconds(),
          r.stocktakeSeconds(),
          r.duckdbSeconds(),
          r.sparkSqlSeconds(),
          r.floorSeconds(),
          r.respondentsPerSecond(),
          r.peakHeapMb(),
          r.ratioVsDuckdb(),
          r.ratioVsSparkSql(),
          r.ratioVsFloor(),
          r.countsIdentical() + " (" + r.cellsCompared() + ")");
    }
    for (SizeResult r : results) {
      out.println();
      out.printf(
          Locale.ROOT,
          "at %d respondents per round (load average %.1f): heap peak %d MB sampled, %d MB live"
              + " after GC, %d MB sum of pool peaks, -Xmx %d MB; steps:%n",
          r.respondents(),
          r.loadAverage(),
          r.peakHeapMb(),
          r.liveHeapAfterGcMb(),
          r.heapPoolPeaksMb(),
          r.maxHeapMb());
      out.printf(
          Locale.ROOT,
          "  Spark SQL alone, the same counts: %.2f s, %.1f x DuckDB, counts %s%n",
          r.sparkSqlSeconds(),
          r.sparkSqlRatioVsDuckdb(),
          r.sparkSqlCellsDiffering() == 0
              ? "identical"
              : "differ in " + r.sparkSqlCellsDiffering() + " cells");
      for (Map.Entry<String, Double> e : r.steps().entrySet()) {
        out.printf(Locale.ROOT, "  %-20s %8.2f s%n", e.getKey(), e.getValue());
      }
      out.println("  Spark jobs by call site (top 12):");
      r.sparkJobs().entrySet().stream()
          .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
          .limit(12)
          .forEach(e -> out.printf(Locale.ROOT, "  %8.2f s  %s%n", e.getValue(), e.getKey()));
      if (!r.countsIdentical()) {
        out.printf(
            Locale.ROOT,
            "  counts differ in %d of %d cells; first differences:%n",
            r.cellsDiffering(),
            r.cellsCompared());
        r.firstDifferences().forEach(d -> out.println("    " + d));
      }
    }
    out.println();
    for (SizeResult r : results) {
      out.println(line(r));
    }
    out.flush();
  }

  /** The machine-readable line of one size. */
  static String line(SizeResult r) {
    return String.format(
        Locale.ROOT,
        "bench respondents=%d stocktake_s=%.2f duckdb_s=%.2f floor_s=%.3f ratio_vs_duckdb=%.2f"
            + " ratio_vs_floor=%.1f peak_heap_mb=%d counts_identical=%s",
        r.respondents(),
        r.stocktakeSeconds(),
        r.duckdbSeconds(),
        r.floorSeconds(),
        r.ratioVsDuckdb(),
        r.ratioVsFloor(),
        r.peakHeapMb(),
        r.countsIdentical());
  }
}
