package dev.stocktake.etl.ingest;

import java.util.List;
import java.util.Map;

/**
 * What happened to every row the ingest read, per file, round and in total: rows read (the physical
 * records of the files, counted independently of the parser) = accepted + quarantined + superseded.
 * Written as {@code reconciliation.json}.
 */
public record Reconciliation(
    String edition,
    boolean reconciled,
    Counts totals,
    Map<String, Long> quarantineByReason,
    List<RoundCounts> rounds) {

  public Reconciliation {
    quarantineByReason = Map.copyOf(quarantineByReason);
    rounds = List.copyOf(rounds);
  }

  /** Row and answer counts. */
  public record Counts(
      long rowsRead,
      long accepted,
      long quarantined,
      long superseded,
      long answersWritten,
      long answersQuarantined) {

    public boolean reconciles() {
      return rowsRead == accepted + quarantined + superseded;
    }

    public Counts plus(Counts o) {
      return new Counts(
          rowsRead + o.rowsRead,
          accepted + o.accepted,
          quarantined + o.quarantined,
          superseded + o.superseded,
          answersWritten + o.answersWritten,
          answersQuarantined + o.answersQuarantined);
    }

    public static Counts zero() {
      return new Counts(0, 0, 0, 0, 0, 0);
    }
  }

  /** One round: its schema version, its files and their sum. */
  public record RoundCounts(
      String round, int schemaVersion, Counts counts, boolean reconciles, List<FileCounts> files) {
    public RoundCounts {
      files = List.copyOf(files);
    }
  }

  /**
   * One response file: how it was read, its counts, and notes (columns skipped, respondents not on
   * the roster, an empty file).
   */
  public record FileCounts(
      String file,
      String encoding,
      boolean bom,
      String lineEndings,
      long bytes,
      long physicalLines,
      long blankLines,
      Counts counts,
      boolean reconciles,
      long notInRoster,
      List<String> notes) {
    public FileCounts {
      notes = List.copyOf(notes);
    }
  }
}
