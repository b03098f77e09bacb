package dev.stocktake.cli.translations;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code stocktake translations}: the message bundles reports are written in. */
@Command(
    name = "translations",
    mixinStandardHelpOptions = true,
    description =
        "Check the message bundles of every report language; exchange them with translators.",
    subcommands = {
      CheckCommand.class,
      ExportCommand.class,
      ImportCommand.class,
      CommandLine.HelpCommand.class
    })
public final class TranslationsCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "name a subcommand, e.g. stocktake translations check");
  }
}
