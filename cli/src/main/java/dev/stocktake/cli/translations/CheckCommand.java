package dev.stocktake.cli.translations;

import dev.stocktake.cli.ExitCodes;
import dev.stocktake.translations.Catalog;
import dev.stocktake.translations.CheckReport;
import dev.stocktake.translations.TranslationsCheck;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stocktake translations check [PROJECT_DIR]}: per language, how much is translated, what is
 * missing, and every message that is broken or whose placeholders differ from English.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Check the shipped message bundles, with the project's own translations/ folder when",
      "PROJECT_DIR is given: percent translated, missing and extra keys, ICU syntax errors,",
      "placeholders that differ from English, draft languages. Exit 1 when there are errors;",
      "missing keys are warnings (reports fall back to English and say so)."
    })
public final class CheckCommand implements Callable<Integer> {

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "PROJECT_DIR",
      description = "A project whose translations/ folder overrides the shipped bundles.")
  Path project;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Catalog catalog =
        project == null ? Catalog.load() : Catalog.load(project.resolve("translations"));
    CheckReport report = TranslationsCheck.check(catalog);
    out.print(report.toText());
    out.flush();
    return report.hasErrors() ? ExitCodes.USER_ERROR : ExitCodes.OK;
  }
}
