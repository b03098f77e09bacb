package dev.stocktake.bench;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerEvent;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.StageInfo;
import org.apache.spark.sql.execution.ui.SparkListenerSQLExecutionStart;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Adds up the wall time of Spark's jobs by where in Stocktake's code they were started (Spark's
 * short call site of the action, e.g. {@code collectAsList at Aggregates.java:84}), to show where
 * the stages' time goes. Jobs may overlap; their sum may exceed a stage's time.
 */
final class SparkJobLog extends SparkListener {
  private final Map<Integer, Long> started = new ConcurrentHashMap<>();
  private final Map<Integer, String> sites = new ConcurrentHashMap<>();
  private final Map<String, Double> seconds = new ConcurrentHashMap<>();
  private final Map<String, String> executions = new ConcurrentHashMap<>();

  @Override
  public void onOtherEvent(SparkListenerEvent event) {
    if (event instanceof SparkListenerSQLExecutionStart start) {
      executions.put(String.valueOf(start.executionId()), start.description());
    }
  }

  @Override
  public void onJobStart(SparkListenerJobStart job) {
    started.put(job.jobId(), job.time());
    // A job of a Dataset action belongs to its SQL execution, described by the action's call site
    // (jobs of broadcasts and subqueries too, which would otherwise show a thread pool's frame);
    // other jobs by their result stage, created last and named after the call site.
    String execution =
        job.properties() == null ? null : job.properties().getProperty("spark.sql.execution.id");
    if (execution != null && executions.containsKey(execution)) {
      sites.put(job.jobId(), executions.get(execution));
      return;
    }
    String site =
        CollectionConverters.asJava(job.stageInfos()).stream()
            .max(Comparator.comparingInt(StageInfo::stageId))
            .map(StageInfo::name)
            .orElse("(unknown)");
    sites.put(job.jobId(), site);
  }

  @Override
  public void onJobEnd(SparkListenerJobEnd job) {
    Long start = started.remove(job.jobId());
    String site = sites.remove(job.jobId());
    if (start != null) {
      seconds.merge(site, (job.time() - start) / 1e3, Double::sum);
    }
  }

  /** Seconds per call site since the last call, largest first; clears the log. */
  Map<String, Double> drain() {
    Map<String, Double> out = new LinkedHashMap<>();
    seconds.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    seconds.clear();
    return out;
  }
}
