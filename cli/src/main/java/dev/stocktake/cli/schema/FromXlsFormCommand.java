package dev.stocktake.cli.schema;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.stocktake.cli.ExitCodes;
import dev.stocktake.cli.UserException;
import dev.stocktake.schema.SurveySchema;
import dev.stocktake.schema.xlsform.Unmapped;
import dev.stocktake.schema.xlsform.XlsFormImport;
import dev.stocktake.schema.xlsform.XlsForms;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stocktake schema from-xlsform FORM}: a survey tool's form as a Stocktake schema. */
@Command(
    name = "from-xlsform",
    mixinStandardHelpOptions = true,
    description = {
      "Read an XLSForm (.xlsx, pyxform .csv or .md, or a KoboToolbox asset .json) into a",
      "Stocktake survey schema, written as YAML to --out or to standard output. Everything the",
      "form has that a schema cannot hold (repeats, notes, calculations, locations, media,",
      "skip logic beyond Stocktake's grammar) is listed with its sheet and row.",
      "Exit 0 when a schema was written, even with items not mapped; 1 when the form is refused."
    })
public final class FromXlsFormCommand implements Callable<Integer> {
  private static final Pattern VERSION_FILE = Pattern.compile("v(\\d{1,9})\\.(ya?ml|json)");

  @Parameters(index = "0", paramLabel = "FORM", description = "The form to read.")
  Path form;

  @Option(
      names = "--out",
      paramLabel = "SCHEMA",
      description = "Where to write the schema, e.g. surveys/<survey>/v1.yaml (default: stdout).")
  Path out;

  @Option(
      names = "--version",
      paramLabel = "N",
      description =
          "The schema version when the form's settings have no whole-number version (default:"
              + " the N of an --out named vN.yaml, else 1).")
  Integer version;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    XlsFormImport imported = XlsForms.read(form, fallbackVersion());
    SurveySchema schema = imported.schema();
    String yaml =
        "# Imported by stocktake schema from-xlsform from "
            + form.getFileName()
            + (imported.unmapped().isEmpty()
                ? "\n"
                : "; "
                    + imported.unmapped().size()
                    + " items of the form were not mapped (listed when it was imported).\n")
            + yaml(schema);
    PrintWriter report;
    if (out == null) {
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.print(yaml);
      stdout.flush();
      report = spec.commandLine().getErr();
    } else {
      write(yaml);
      report = spec.commandLine().getOut();
    }
    for (Unmapped item : imported.unmapped()) {
      report.println(form + " " + item);
    }
    report.println(
        "from-xlsform: "
            + ToXlsFormCommand.count(schema.questions().size(), "question")
            + ", "
            + ToXlsFormCommand.count(schema.choiceLists().size(), "choice list")
            + ", "
            + imported.unmapped().size()
            + (imported.unmapped().size() == 1 ? " item" : " items")
            + " not mapped");
    report.flush();
    return ExitCodes.OK;
  }

  private int fallbackVersion() {
    if (version != null) {
      if (version < 1) {
        throw new UserException("--version must be 1 or more, not " + version);
      }
      return version;
    }
    Matcher m = VERSION_FILE.matcher(out == null ? "" : String.valueOf(out.getFileName()));
    return m.matches() ? Integer.parseInt(m.group(1)) : 0;
  }

  /**
   * The schema as YAML in the file format: snake_case names, no empty fields, and only record
   * components (a question's {@code isRequired()} and {@code isPublished()} are derived values).
   */
  static String yaml(SurveySchema schema) throws JsonProcessingException {
    ObjectMapper mapper =
        new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER))
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .setSerializationInclusion(JsonInclude.Include.NON_EMPTY)
            .setVisibility(PropertyAccessor.IS_GETTER, Visibility.NONE);
    return mapper.writeValueAsString(schema);
  }

  /** Writes beside the target and moves into place, so a failed write leaves no half a schema. */
  private void write(String yaml) {
    Path folder = out.toAbsolutePath().getParent();
    try {
      Path temp = Files.createTempFile(folder, "." + out.getFileName(), ".tmp");
      try {
        Files.writeString(temp, yaml);
        Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (NoSuchFileException e) {
      throw new UserException(out + " cannot be written: folder " + folder + " does not exist", e);
    } catch (AccessDeniedException e) {
      throw new UserException(out + " cannot be written: permission denied", e);
    } catch (IOException e) {
      throw new UserException(out + " cannot be written: " + e.getMessage(), e);
    }
  }
}
