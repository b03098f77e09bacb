package dev.stocktake.reports.input;

/** An output of an earlier stage is missing or not as that stage writes it. */
public final class ReportInputException extends RuntimeException {
  public ReportInputException(String message) {
    super(message);
  }
}
