package dev.stocktake.reports.input;

import java.util.List;
import java.util.Map;

/**
 * What reconciliation.json says about the data behind a report: rows read, accepted, quarantined
 * and superseded, per round and in all, and the quarantine by reason.
 */
public record DataCounts(
    Counts total, List<RoundCounts> rounds, Map<String, Long> quarantineByReason) {

  public DataCounts {
    rounds = List.copyOf(rounds);
    quarantineByReason = Map.copyOf(quarantineByReason);
  }

  /** The counts of one round, read from how many files. */
  public record RoundCounts(String round, int files, Counts counts) {}

  /** Rows read = accepted + quarantined + superseded, and the answers they gave. */
  public record Counts(
      long rowsRead,
      long accepted,
      long quarantined,
      long superseded,
      long answersWritten,
      long answersQuarantined) {}
}
