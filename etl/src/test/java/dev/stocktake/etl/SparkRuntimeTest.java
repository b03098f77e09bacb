package dev.stocktake.etl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * Spark 4 runs on this JVM with the options of the parent pom (the --add-opens it needs on Java
 * 17): a shuffle and a CSV scan of the shipped example work.
 */
class SparkRuntimeTest {

  @Test
  void readsTheExampleResponsesAndAggregatesThem() {
    SparkSession spark = SharedSpark.session();
    Dataset<Row> responses =
        spark
            .read()
            .option("header", "true")
            .option("multiLine", "true")
            .csv("../examples/christchurch-call-consultation/rounds/2022/responses.csv");
    assertEquals(303, responses.count());
    List<Row> byGroup = responses.groupBy("group").count().orderBy("group").collectAsList();
    assertEquals(
        List.of("civil_society", "government", "online_service_provider", "partner"),
        byGroup.stream().map(r -> r.getString(0)).toList());
    assertEquals(303L, byGroup.stream().mapToLong(r -> r.getLong(1)).sum());
  }
}
