package dev.stocktake.cli;

import org.apache.spark.sql.SparkSession;

/**
 * Builds the one SparkSession of a command: in-process on every core unless {@code --master} (or
 * spark-submit's {@code --master}) names a cluster, without the web UI, with shuffle partitions
 * that adaptive execution coalesces to the data's size, cached blocks compressed, in UTC.
 */
public final class SparkSessions {
  private SparkSessions() {}

  public static SparkSession start(String master, boolean verbose) {
    // Without --master, a master given by spark-submit (the spark.master property) wins.
    String url = master != null ? master : System.getProperty("spark.master", "local[*]");
    SparkSession.Builder builder =
        SparkSession.builder()
            .appName("stocktake")
            .master(url)
            .config("spark.ui.enabled", "false")
            .config("spark.sql.session.timeZone", "UTC")
            .config("spark.sql.parquet.compression.codec", "snappy")
            // Cached blocks on disk compressed (lz4, the shuffle's codec): the ingest's checked
            // submissions take 51 MB of disk per 32 MB of response files, not 185 MB, so that
            // 2 x 5,000,000 respondents take about 16 GB, not 56 GB.
            .config("spark.rdd.compress", "true")
            // Plans of wide response files have many fields; print them whole, without a warning.
            .config("spark.sql.debug.maxToStringFields", "1000");
    if (url.startsWith("local")) {
      // Enough partitions that a million respondents' answers shuffle in blocks a small heap
      // holds; adaptive execution coalesces them into a few for a small consultation.
      builder
          .config("spark.sql.shuffle.partitions", "64")
          .config("spark.sql.adaptive.enabled", "true")
          .config("spark.sql.adaptive.coalescePartitions.enabled", "true");
    }
    SparkSession spark = builder.getOrCreate();
    spark.sparkContext().setLogLevel(verbose ? "INFO" : "WARN");
    return spark;
  }
}
