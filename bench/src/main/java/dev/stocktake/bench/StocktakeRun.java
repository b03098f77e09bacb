package dev.stocktake.bench;

import dev.stocktake.etl.compare.Compare;
import dev.stocktake.etl.ingest.Edition;
import dev.stocktake.etl.ingest.Ingest;
import dev.stocktake.etl.ingest.PseudonymKey;
import dev.stocktake.etl.ingest.Pseudonymiser;
import dev.stocktake.etl.ingest.Reconciliation;
import dev.stocktake.schema.project.Project;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.spark.sql.SparkSession;

/**
 * Times Stocktake's ingest and compare of a project, in this process, on the caller's SparkSession,
 * as {@code stocktake ingest} (public edition) and {@code stocktake compare} (community edition,
 * whose distributions keep every count to check) run them, with the seconds of every step each
 * stage reports and the peak heap while they run.
 */
final class StocktakeRun {
  private StocktakeRun() {}

  /**
   * What one run took: the stages' wall time, each reported step's seconds (keys {@code
   * ingest.scan}, {@code compare.aggregate}...), and the heap.
   */
  record Timing(
      double ingestSeconds,
      double compareSeconds,
      Map<String, Double> steps,
      long peakHeapMb,
      long poolPeaksMb,
      long liveAfterGcMb,
      long rowsRead,
      long answersWritten) {
    Timing {
      steps = Collections.unmodifiableMap(new LinkedHashMap<>(steps));
    }

    double totalSeconds() {
      return ingestSeconds + compareSeconds;
    }
  }

  static Timing run(SparkSession spark, Project project, Path out, Consumer<String> log) {
    Pseudonymiser pseudonymiser =
        PseudonymKey.resolve(
            project.config().confidentiality(), project.folder(), Edition.PUBLIC, name -> null);
    Map<String, Double> steps = new LinkedHashMap<>();
    System.gc();
    try (HeapSampler heap = new HeapSampler()) {
      long started = System.nanoTime();
      Reconciliation reconciliation =
          Ingest.run(
              spark,
              project,
              new Ingest.Options(out, Edition.PUBLIC, pseudonymiser),
              p -> {
                steps.merge("ingest." + p.stage(), p.millis() / 1e3, Double::sum);
                log.accept("ingest." + p.stage() + " " + p.millis() / 1e3 + " s");
              });
      double ingest = (System.nanoTime() - started) / 1e9;
      if (!reconciliation.reconciled()) {
        throw new IllegalStateException(
            "the ingest's counts do not reconcile; see " + out.resolve("reconciliation.json"));
      }
      started = System.nanoTime();
      Compare.run(
          spark,
          project,
          // The community edition: every count, to check against the peers' (the public one hides
          // small cells).
          new Compare.Options(out, Edition.COMMUNITY.id(), name -> null),
          p -> {
            steps.merge("compare." + p.step(), p.millis() / 1e3, Double::sum);
            log.accept("compare." + p.step() + " " + p.millis() / 1e3 + " s");
          });
      double compare = (System.nanoTime() - started) / 1e9;
      return new Timing(
          ingest,
          compare,
          steps,
          heap.peakMb(),
          heap.poolPeaksMb(),
          heap.liveAfterGcMb(),
          reconciliation.totals().rowsRead(),
          reconciliation.totals().answersWritten());
    }
  }
}
