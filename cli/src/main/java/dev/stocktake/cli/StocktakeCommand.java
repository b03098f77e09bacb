package dev.stocktake.cli;

import dev.stocktake.cli.codes.CodesCommand;
import dev.stocktake.cli.compare.CompareCommand;
import dev.stocktake.cli.demo.DemoCommand;
import dev.stocktake.cli.generate.GenerateCommand;
import dev.stocktake.cli.ingest.IngestCommand;
import dev.stocktake.cli.report.ReportCommand;
import dev.stocktake.cli.run.RunCommand;
import dev.stocktake.cli.schema.SchemaCommand;
import dev.stocktake.cli.translations.TranslationsCommand;
import dev.stocktake.etl.EtlException;
import dev.stocktake.schema.SchemaException;
import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top-level {@code stocktake} command; its subcommands do the work. */
@Command(
    name = "stocktake",
    mixinStandardHelpOptions = true,
    versionProvider = StocktakeCommand.Version.class,
    description = {
      "Multi-stakeholder consultations in rounds: versioned survey schemas, rounds compared,",
      "findings in every language."
    },
    subcommands = {
      DemoCommand.class,
      RunCommand.class,
      SchemaCommand.class,
      GenerateCommand.class,
      IngestCommand.class,
      CompareCommand.class,
      ReportCommand.class,
      TranslationsCommand.class,
      CodesCommand.class,
      CommandLine.HelpCommand.class
    })
public final class StocktakeCommand implements Runnable {

  @Option(
      names = "--verbose",
      description = "Show stack traces on errors and more detailed logs.",
      scope = CommandLine.ScopeType.INHERIT)
  boolean verbose;

  public boolean verbose() {
    return verbose;
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "name a command, e.g. stocktake schema validate FILE");
  }

  /** The configured command line; tests call this with their own writers. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new StocktakeCommand());
    cli.setExecutionExceptionHandler(StocktakeCommand::handle);
    cli.setParameterExceptionHandler(StocktakeCommand::usage);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    return cli;
  }

  private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
    PrintWriter err = cli.getErr();
    boolean verbose =
        Arrays.asList(parsed.originalArgs().toArray(new String[0])).contains("--verbose");
    int code;
    if (e instanceof SchemaException
        || e instanceof UserException
        || e instanceof EtlException
        || e instanceof dev.stocktake.translations.TranslationsException
        || e instanceof dev.stocktake.reports.input.ReportInputException) {
      err.println("stocktake: " + e.getMessage());
      code = ExitCodes.USER_ERROR;
    } else {
      err.println(
          "stocktake: internal error: " + e + (verbose ? "" : " (run with --verbose for details)"));
      code = ExitCodes.INTERNAL_ERROR;
    }
    if (verbose) {
      e.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  /** A mistake on the command line is a user error (exit 1), shown with the command's usage. */
  private static int usage(CommandLine.ParameterException e, String[] args) {
    CommandLine cli = e.getCommandLine();
    PrintWriter err = cli.getErr();
    err.println("stocktake: " + e.getMessage());
    if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
      err.println("Usage: " + cli.getCommandSpec().qualifiedName() + " --help for the options");
    }
    err.flush();
    return ExitCodes.USER_ERROR;
  }

  /** Reads the version from the jar's manifest (absent when run from classes). */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = StocktakeCommand.class.getPackage().getImplementationVersion();
      return new String[] {"stocktake " + (version == null ? "(development build)" : version)};
    }
  }
}
