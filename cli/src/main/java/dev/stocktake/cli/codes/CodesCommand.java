package dev.stocktake.cli.codes;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code stocktake codes}: open answers out for hand coding, and the analyst's codes back in. */
@Command(
    name = "codes",
    mixinStandardHelpOptions = true,
    description = "Hand-code open answers: export them with suggested themes, import the codes.",
    subcommands = {ExportCommand.class, ImportCommand.class, CommandLine.HelpCommand.class})
public final class CodesCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "name a subcommand, e.g. stocktake codes export PROJECT_DIR");
  }
}
