package dev.stocktake.cli.ingest;

import dev.stocktake.etl.ingest.Ingest;
import dev.stocktake.etl.ingest.Reconciliation;
import dev.stocktake.etl.ingest.Reconciliation.Counts;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** What {@code stocktake ingest} prints: a line per stage, then the reconciliation. */
final class IngestReport {
  private IngestReport() {}

  static String progress(Ingest.Progress p) {
    double seconds = p.millis() / 1000.0;
    String rate =
        p.millis() > 0 && p.rows() > 0
            ? String.format(Locale.ROOT, ", %,.0f rows/s", p.rows() / seconds)
            : "";
    return switch (p.stage()) {
      case "scan" ->
          String.format(
              Locale.ROOT,
              "ingest: scanned %d files, %,d rows, %s in %.1f s%s",
              p.files(),
              p.rows(),
              megabytes(p.bytes()),
              seconds,
              rate);
      case "validate" ->
          String.format(
              Locale.ROOT,
              "ingest: validated and harmonised %,d rows in %.1f s%s",
              p.rows(),
              seconds,
              rate);
      default ->
          String.format(Locale.ROOT, "ingest: wrote %,d answers in %.1f s", p.rows(), seconds);
    };
  }

  static void summary(Reconciliation r, Path out, PrintWriter stdout) {
    for (Reconciliation.RoundCounts round : r.rounds()) {
      stdout.println(
          "round "
              + round.round()
              + " (schema v"
              + round.schemaVersion()
              + "): "
              + rows(round.counts()));
      for (Reconciliation.FileCounts file : round.files()) {
        stdout.println("  " + file.file() + ": " + rows(file.counts()));
        for (String note : file.notes()) {
          stdout.println("    " + note);
        }
      }
    }
    Counts t = r.totals();
    stdout.println("total: " + rows(t));
    stdout.println(
        String.format(
            Locale.ROOT,
            "answers: %,d written, %,d quarantined",
            t.answersWritten(),
            t.answersQuarantined()));
    if (!r.quarantineByReason().isEmpty()) {
      StringBuilder reasons = new StringBuilder("quarantine by reason:");
      for (Map.Entry<String, Long> e : r.quarantineByReason().entrySet()) {
        reasons.append(String.format(Locale.ROOT, " %s %,d;", e.getKey(), e.getValue()));
      }
      stdout.println(reasons.substring(0, reasons.length() - 1));
    }
    stdout.println("outputs (" + r.edition() + " edition) in " + out);
  }

  private static String rows(Counts c) {
    return String.format(
        Locale.ROOT,
        "%,d rows read = %,d accepted + %,d quarantined + %,d superseded%s",
        c.rowsRead(),
        c.accepted(),
        c.quarantined(),
        c.superseded(),
        c.reconciles() ? "" : "  (DOES NOT RECONCILE)");
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
  }
}
