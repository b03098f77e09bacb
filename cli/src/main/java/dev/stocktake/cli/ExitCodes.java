package dev.stocktake.cli;

/** The exit codes of every command, as DESIGN.md fixes them. */
public final class ExitCodes {
  public static final int OK = 0;

  /** Bad input or usage: the user can fix it. */
  public static final int USER_ERROR = 1;

  /** A bug or an environment failure: the user cannot fix it by changing input. */
  public static final int INTERNAL_ERROR = 2;

  private ExitCodes() {}
}
