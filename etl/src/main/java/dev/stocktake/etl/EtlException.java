package dev.stocktake.etl;

/**
 * A problem with a project's data or settings that the user can fix: a missing key, a round without
 * response files, an output folder that cannot be written. Messages say where, what and how to fix
 * it; the command line shows them without a stack trace.
 */
public class EtlException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public EtlException(String message) {
    super(message);
  }

  public EtlException(String message, Throwable cause) {
    super(message, cause);
  }
}
