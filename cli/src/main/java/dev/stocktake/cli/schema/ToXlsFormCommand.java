package dev.stocktake.cli.schema;

import dev.stocktake.cli.ExitCodes;
import dev.stocktake.schema.Problem;
import dev.stocktake.schema.SurveySchema;
import dev.stocktake.schema.io.DocumentReader;
import dev.stocktake.schema.io.Loaded;
import dev.stocktake.schema.project.ProjectFiles;
import dev.stocktake.schema.validate.SchemaValidator;
import dev.stocktake.schema.xlsform.XlsFormExport;
import dev.stocktake.schema.xlsform.XlsForms;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stocktake schema to-xlsform SCHEMA --out FORM}: a schema as a form for survey tools. */
@Command(
    name = "to-xlsform",
    mixinStandardHelpOptions = true,
    description = {
      "Write a survey schema as an XLSForm for KoboToolbox, ODK or any XLSForm tool: .xlsx, or",
      "pyxform's one-file .csv layout, chosen by the --out name. Stocktake-only fields travel in",
      "stocktake:: columns that survey tools ignore, so from-xlsform reads the same schema back;",
      "lineage and retired questions have no place in a form and are listed as not carried.",
      "Exit 0 when the form was written, 1 when the schema has problems or the form cannot be",
      "written."
    })
public final class ToXlsFormCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "SCHEMA", description = "The schema, e.g. v2.yaml.")
  Path schemaFile;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FORM",
      description = "The form to write: FORM.xlsx or FORM.csv.")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    DocumentReader reader = new DocumentReader();
    Loaded<SurveySchema> schema = reader.readSurvey(schemaFile);
    List<Problem> problems =
        new SchemaValidator().validate(schema, ProjectFiles.contextFor(schemaFile, reader));
    if (!problems.isEmpty()) {
      PrintWriter err = spec.commandLine().getErr();
      problems.forEach(err::println);
      err.println(
          "to-xlsform: "
              + problems.size()
              + (problems.size() == 1 ? " problem" : " problems")
              + " in "
              + schemaFile
              + "; no form written");
      err.flush();
      return ExitCodes.USER_ERROR;
    }
    XlsFormExport export = XlsForms.write(schema.value(), out);
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println(
        "to-xlsform: wrote "
            + out
            + " ("
            + count(export.questions(), "question")
            + ", "
            + count(export.choiceLists(), "choice list")
            + ", "
            + (export.languages().size() == 1 ? "language " : "languages ")
            + String.join(" ", export.languages())
            + ")");
    export.notCarried().forEach(line -> stdout.println("  not carried: " + line));
    if (!export.notCarried().isEmpty()) {
      stdout.println(
          "  XLSForm has no place for lineage or retired questions: keep the schema file as the"
              + " source of truth, and compare rounds with it");
    }
    stdout.flush();
    return ExitCodes.OK;
  }

  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
