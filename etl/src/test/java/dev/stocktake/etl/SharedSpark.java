package dev.stocktake.etl;

import org.apache.spark.sql.SparkSession;

/**
 * The one local SparkSession of a test JVM: two cores like CI, no UI, few shuffle partitions.
 * Library code never builds a session; tests get this one and pass it in, as the CLI will.
 */
public final class SharedSpark {
  private static SparkSession session;

  private SharedSpark() {}

  public static synchronized SparkSession session() {
    if (session == null) {
      session =
          SparkSession.builder()
              .appName("stocktake-tests")
              .master("local[2]")
              .config("spark.ui.enabled", "false")
              .config("spark.sql.shuffle.partitions", "2")
              .config("spark.sql.session.timeZone", "UTC")
              // As the CLI's session: cached blocks on disk are compressed.
              .config("spark.rdd.compress", "true")
              .getOrCreate();
      Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
    }
    return session;
  }
}
