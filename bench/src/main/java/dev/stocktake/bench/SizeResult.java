package dev.stocktake.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one size: the data, Stocktake's stages and steps, DuckDB, the floor, the heap and
 * the count comparison. Ratios are Stocktake's ingest + compare seconds over the other's.
 *
 * @param respondents respondents per round (N)
 * @param submissions rows of the response files, duplicates included
 * @param steps seconds of each step the stages report ({@code ingest.scan}, ...)
 * @param sparkJobs seconds of Spark jobs by the call site that started them, largest first
 * @param sparkSqlSeconds Spark SQL alone computing the counts from the same files
 * @param sparkSqlCellsDiffering cells where Spark SQL's counts differ from DuckDB's
 * @param loadAverage the machine's one-minute load average when this size finished (other processes
 *     compete for the cores; on a quiet machine it is at most the cores in use)
 */
record SizeResult(
    long respondents,
    int rounds,
    long submissions,
    long bytes,
    double generateSeconds,
    double ingestSeconds,
    double compareSeconds,
    Map<String, Double> steps,
    Map<String, Double> sparkJobs,
    double duckdbSeconds,
    double sparkSqlSeconds,
    long sparkSqlCellsDiffering,
    double floorSeconds,
    long peakHeapMb,
    long heapPoolPeaksMb,
    long liveHeapAfterGcMb,
    long maxHeapMb,
    double loadAverage,
    long cellsCompared,
    long cellsDiffering,
    List<String> firstDifferences) {

  SizeResult {
    steps = Collections.unmodifiableMap(new LinkedHashMap<>(steps));
    sparkJobs = Collections.unmodifiableMap(new LinkedHashMap<>(sparkJobs));
    firstDifferences = List.copyOf(firstDifferences);
  }

  @JsonProperty("stocktake_seconds")
  public double stocktakeSeconds() {
    return ingestSeconds + compareSeconds;
  }

  /** Respondents of every round per second of Stocktake's ingest + compare. */
  @JsonProperty("respondents_per_second")
  public double respondentsPerSecond() {
    return respondents * rounds / stocktakeSeconds();
  }

  @JsonProperty("ratio_vs_duckdb")
  public double ratioVsDuckdb() {
    return stocktakeSeconds() / duckdbSeconds;
  }

  /** Stocktake's time over Spark SQL alone: the share of Stocktake's own work. */
  @JsonProperty("ratio_vs_spark_sql")
  public double ratioVsSparkSql() {
    return stocktakeSeconds() / sparkSqlSeconds;
  }

  /** Spark SQL alone over DuckDB: the engine's share of the distance. */
  @JsonProperty("spark_sql_ratio_vs_duckdb")
  public double sparkSqlRatioVsDuckdb() {
    return sparkSqlSeconds / duckdbSeconds;
  }

  @JsonProperty("ratio_vs_floor")
  public double ratioVsFloor() {
    return stocktakeSeconds() / floorSeconds;
  }

  @JsonProperty("counts_identical")
  public boolean countsIdentical() {
    return cellsDiffering == 0 && cellsCompared > 0;
  }
}
