package dev.stocktake.cli;

/** Entry point of the {@code stocktake} command: the only {@code main} and the only exit. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(StocktakeCommand.commandLine().execute(args));
  }
}
