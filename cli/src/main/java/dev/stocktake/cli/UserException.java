package dev.stocktake.cli;

/** A problem with what the user asked for (missing file, bad option value): exit 1, no trace. */
public class UserException extends RuntimeException {
  public UserException(String message) {
    super(message);
  }

  public UserException(String message, Throwable cause) {
    super(message, cause);
  }
}
