package dev.stocktake.cli.schema;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code stocktake schema}: survey schemas and frameworks. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description =
        "Check and compare survey schemas and frameworks; convert schemas from and to XLSForm.",
    subcommands = {
      ValidateCommand.class,
      DiffCommand.class,
      FromXlsFormCommand.class,
      ToXlsFormCommand.class
    })
public final class SchemaCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "name a schema command: validate, diff, from-xlsform or to-xlsform");
  }
}
