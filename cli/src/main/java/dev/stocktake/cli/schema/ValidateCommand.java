package dev.stocktake.cli.schema;

import dev.stocktake.cli.ExitCodes;
import dev.stocktake.schema.Problem;
import dev.stocktake.schema.SchemaException;
import dev.stocktake.schema.io.DocumentReader;
import dev.stocktake.schema.io.DocumentReader.DocumentKind;
import dev.stocktake.schema.project.ProjectFiles;
import dev.stocktake.schema.validate.CodebookValidator;
import dev.stocktake.schema.validate.FrameworkValidator;
import dev.stocktake.schema.validate.ProjectValidator;
import dev.stocktake.schema.validate.SchemaValidator;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stocktake schema validate FILE...}: checks survey schemas, frameworks, codebooks and
 * project files, printing every problem as {@code file:line:col field: message}.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check survey schemas (surveys/<survey>/vN.yaml), frameworks (frameworks/<id>.yaml),",
      "codebooks (codebooks/<id>.yaml) and project files (stocktake.yaml). Every problem is",
      "listed with file, line and field. Lineage is checked against the other versions beside",
      "each schema, commitments against the framework in the project's frameworks/ folder, and",
      "a codebook in a project's codebooks/ folder against the project's languages and the text",
      "questions of its newest schema.",
      "Exit 0 when every file is valid, 1 when any has a problem."
    })
public final class ValidateCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to check.")
  List<Path> files;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    DocumentReader reader = new DocumentReader();
    List<Problem> problems = new ArrayList<>();
    Map<DocumentKind, Integer> valid = new EnumMap<>(DocumentKind.class);
    for (Path file : files) {
      List<Problem> found = check(reader, file);
      if (found.isEmpty()) {
        valid.merge(reader.kindOf(file), 1, Integer::sum);
      }
      problems.addAll(found);
    }
    problems.forEach(out::println);
    if (problems.isEmpty()) {
      out.println(summary(files.size(), valid));
      return ExitCodes.OK;
    }
    long bad = problems.stream().map(Problem::file).distinct().count();
    out.println(
        problems.size()
            + (problems.size() == 1 ? " problem" : " problems")
            + " in "
            + bad
            + " of "
            + files.size()
            + (files.size() == 1 ? " file" : " files"));
    return ExitCodes.USER_ERROR;
  }

  private static List<Problem> check(DocumentReader reader, Path file) {
    if (!Files.isRegularFile(file)) {
      return List.of(
          new Problem(
              file.toString(),
              0,
              0,
              "",
              Files.isDirectory(file)
                  ? "is a folder; name the files, e.g. " + file + "/*.yaml"
                  : "file not found"));
    }
    try {
      return switch (reader.kindOf(file)) {
        case SURVEY_SCHEMA ->
            new SchemaValidator()
                .validate(reader.readSurvey(file), ProjectFiles.contextFor(file, reader));
        case FRAMEWORK -> new FrameworkValidator().validate(reader.readFramework(file));
        case PROJECT -> new ProjectValidator().validate(reader.readProject(file));
        case CODEBOOK ->
            new CodebookValidator()
                .validate(reader.readCodebook(file), ProjectFiles.codebookContextFor(file, reader));
        case UNKNOWN ->
            List.of(
                new Problem(
                    file.toString(),
                    1,
                    1,
                    "",
                    "not a Stocktake file: a survey schema has survey: and questions:, a framework"
                        + " has framework: and items:, a codebook has codebook:, a project has"
                        + " project:"));
      };
    } catch (SchemaException e) {
      return e.problems();
    }
  }

  private static String summary(int count, Map<DocumentKind, Integer> valid) {
    List<String> parts = new ArrayList<>();
    valid.forEach(
        (kind, n) ->
            parts.add(
                n
                    + " "
                    + switch (kind) {
                      case SURVEY_SCHEMA -> n == 1 ? "survey schema" : "survey schemas";
                      case FRAMEWORK -> n == 1 ? "framework" : "frameworks";
                      case PROJECT -> n == 1 ? "project file" : "project files";
                      case CODEBOOK -> n == 1 ? "codebook" : "codebooks";
                      case UNKNOWN -> "other";
                    }));
    return (count == 1 ? "1 file valid: " : count + " files valid: ") + String.join(", ", parts);
  }
}
