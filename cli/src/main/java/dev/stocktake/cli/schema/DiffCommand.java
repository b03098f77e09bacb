package dev.stocktake.cli.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.stocktake.cli.ExitCodes;
import dev.stocktake.cli.UserException;
import dev.stocktake.schema.SurveySchema;
import dev.stocktake.schema.diff.SchemaDiff;
import dev.stocktake.schema.diff.SchemaDiffer;
import dev.stocktake.schema.io.DocumentReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stocktake schema diff OLD NEW}: what changed between two versions of a survey. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "List what changed between two versions of a survey: questions added, retired, renamed,",
      "split, merged, retyped or recoded, changed choices, wording, groups and skip logic, and",
      "which changes break comparability with the earlier round, and why."
    })
public final class DiffCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "OLD", description = "The earlier schema version.")
  Path oldFile;

  @Parameters(index = "1", paramLabel = "NEW", description = "The later schema version.")
  Path newFile;

  @Option(names = "--json", description = "Print the changes as JSON, for machines.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws JsonProcessingException {
    DocumentReader reader = new DocumentReader();
    SurveySchema old = reader.readSurvey(oldFile).value();
    SurveySchema now = reader.readSurvey(newFile).value();
    SchemaDiff diff;
    try {
      diff = SchemaDiffer.diff(old, now);
    } catch (IllegalArgumentException e) {
      throw new UserException(
          "cannot compare " + oldFile + " with " + newFile + ": " + e.getMessage(), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectMapper mapper =
          new ObjectMapper()
              .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
              .enable(SerializationFeature.INDENT_OUTPUT);
      out.println(mapper.writeValueAsString(diff));
    } else {
      out.print(DiffText.render(diff));
      out.flush();
    }
    return ExitCodes.OK;
  }
}
