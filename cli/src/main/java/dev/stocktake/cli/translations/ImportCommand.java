package dev.stocktake.cli.translations;

import dev.stocktake.cli.ExitCodes;
import dev.stocktake.cli.UserException;
import dev.stocktake.translations.XliffImport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stocktake translations import FILE [PROJECT_DIR]}: checks a translated XLIFF file and
 * merges it into the project's {@code translations/} folder.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Check a translated XLIFF 2.0 file and merge it into the project.",
      "",
      "Read a translated XLIFF 2.0 file, check every target (valid ICU, the same placeholders as",
      "the English source) and merge the targets into PROJECT_DIR/translations/",
      "messages_<lang>.properties and labels_<lang>.properties, keeping the keys already there.",
      "Units without a target are skipped. Exit 1, writing nothing, when any target is wrong."
    })
public final class ImportCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FILE", description = "The XLIFF file to import.")
  Path file;

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "PROJECT_DIR",
      description = "The project to write into (default: this folder).")
  Path project;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(file)) {
      throw new UserException(file + ": no such file; give the XLIFF file to import");
    }
    Path root = project == null ? Path.of(".") : project;
    if (!Files.isDirectory(root)) {
      throw new UserException(root + ": not a folder; give the project's folder");
    }
    XliffImport imported = XliffImport.read(file);
    PrintWriter stdout = spec.commandLine().getOut();
    for (XliffImport.Written w : imported.writeTo(root.resolve("translations"))) {
      stdout.printf(
          "import: %s: %d imported, %d in the file%n", w.file(), w.imported(), w.entries());
    }
    stdout.printf(
        "import: %s: %d untranslated unit%s skipped%n",
        file, imported.untranslated(), imported.untranslated() == 1 ? "" : "s");
    stdout.flush();
    return ExitCodes.OK;
  }
}
