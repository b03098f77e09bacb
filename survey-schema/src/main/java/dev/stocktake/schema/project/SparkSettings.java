package dev.stocktake.schema.project;

/**
 * Where a project's Spark stages run, from {@code stocktake.yaml}'s {@code spark:} block; the
 * command line's {@code --master} overrides it.
 *
 * @param master a Spark master URL, e.g. {@code spark://host:7077}; null for the default (in the
 *     command's own process, or the master spark-submit gives)
 */
public record SparkSettings(String master) {
  public static SparkSettings none() {
    return new SparkSettings(null);
  }
}
