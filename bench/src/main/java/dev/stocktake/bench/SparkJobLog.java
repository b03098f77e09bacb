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
import org.apache.spark.sql.execution.ui.SparkListenerSQLExecutionEnd;
import org.apache.spark.sql.execution.ui.SparkListenerSQLExecutionStart;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Adds up the wall time of Spark's work by where in Stocktake's code it was started (Spark's short
 * call site of the action, e.g. {@code collectAsList at Aggregates.java:84}), to show where the
 * stages' time goes: SQL executions from start to end, and jobs outside them. Work started from
 * several threads at once would overlap; Stocktake's stages start one action at a time.
 */
final class SparkJobLog extends SparkListener {
  private final Map<Integer, Long> started = new ConcurrentHashMap<>();
  private final Map<Integer, String> sites = new ConcurrentHashMap<>();
  private final Map<String, Double> seconds = new ConcurrentHashMap<>();
  private final Map<Long, Execution> executions = new ConcurrentHashMap<>();

  @Override
  public void onOtherEvent(SparkListenerEvent event) {
    if (event instanceof SparkListenerSQLExecutionStart start) {
      executions.put(start.executionId(), new Execution(start.description(), start.time()));
    } else if (event instanceof SparkListenerSQLExecutionEnd end) {
      Execution e = executions.remove(end.executionId());
      if (e != null) {
        seconds.merge(e.site(), (end.time() - e.started()) / 1e3, Double::sum);
      }
    }
  }

  @Override
  public void onJobStart(SparkListenerJobStart job) {
    // Jobs of a Dataset action are timed as their SQL execution, from its start to its end (an
    // action may run several jobs at once); other jobs (RDD actions) by themselves, named after
    // their result stage, which is created last and named after the call site.
    if (job.properties() != null
        && job.properties().getProperty("spark.sql.execution.id") != null) {
      return;
    }
    started.put(job.jobId(), job.time());
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

  private record Execution(String site, long started) {}

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
