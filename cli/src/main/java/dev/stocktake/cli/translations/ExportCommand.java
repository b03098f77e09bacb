package dev.stocktake.cli.translations;

import dev.stocktake.cli.ExitCodes;
import dev.stocktake.cli.UserException;
import dev.stocktake.translations.Catalog;
import dev.stocktake.translations.LabelOverrides;
import dev.stocktake.translations.XliffExport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stocktake translations export --lang L [PROJECT_DIR] [--out FILE]}: an XLIFF 2.0 file of
 * every message (and the project's label overrides) for a translator to fill in.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Write an XLIFF 2.0 file of the messages for a translator.",
      "",
      "Write an XLIFF 2.0 file for translating the report messages into one language: one unit",
      "per English message, with the language's text as target where it has one. With",
      "PROJECT_DIR, the project's translations/ folder is included, and its labels_<lang>",
      "overrides as a second file. Translation tools (OmegaT, Okapi, Weblate…) read it;",
      "stocktake translations import takes it back."
    })
public final class ExportCommand implements Callable<Integer> {

  @Option(
      names = "--lang",
      required = true,
      paramLabel = "LANG",
      description = "The language to translate into, a BCP 47 tag such as fr or pt-BR.")
  String language;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "PROJECT_DIR",
      description = "A project whose translations/ folder overrides the shipped bundles.")
  Path project;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Where to write the file (default: messages_LANG.xlf in this folder).")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Path translations = project == null ? null : project.resolve("translations");
    if (project != null && !Files.isDirectory(project)) {
      throw new UserException(project + ": not a folder; give the project's folder");
    }
    XliffExport export =
        XliffExport.of(Catalog.load(translations), LabelOverrides.load(translations), language);
    Path file = out != null ? out : Path.of("messages_" + export.language() + ".xlf");
    try {
      Files.writeString(file, export.xml(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UserException(file + ": cannot be written (" + e.getMessage() + ")", e);
    }
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.printf(
        "export: %s: %d units for %s, %d untranslated%n",
        file, export.units(), export.language(), export.untranslated());
    stdout.flush();
    return ExitCodes.OK;
  }
}
