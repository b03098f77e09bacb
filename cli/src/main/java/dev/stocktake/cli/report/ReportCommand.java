package dev.stocktake.cli.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.stocktake.cli.ExitCodes;
import dev.stocktake.cli.SparkSessions;
import dev.stocktake.cli.UserException;
import dev.stocktake.etl.io.OutputFolder;
import dev.stocktake.reports.model.Labels;
import dev.stocktake.reports.render.KeyFindingsDocument;
import dev.stocktake.schema.findings.Findings;
import dev.stocktake.schema.project.Project;
import dev.stocktake.translations.Catalog;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stocktake report}: the findings for people, in every language of the project. This build
 * writes {@code report/<lang>/key-findings.md}; the HTML report is the next step.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Render the findings in every language of the project.",
      "",
      "Render the findings of `stocktake compare` in every language of the project:",
      "report/<lang>/key-findings.md, the key findings for newsletters and email. Texts a",
      "language lacks are shown in the source language and listed."
    })
public final class ReportCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "PROJECT_DIR", description = "The consultation project.")
  Path projectDir;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Output folder of the stages (default: PROJECT_DIR/out).")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    Project project = Project.load(projectDir);
    Path target = out == null ? projectDir.resolve("out") : out;
    Path findingsFile = target.resolve("findings.json");
    if (!Files.isRegularFile(findingsFile)) {
      throw new UserException(
          "no findings in "
              + target
              + ": run stocktake compare "
              + projectDir
              + " first (with the same --out)");
    }
    Findings findings =
        new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .readValue(findingsFile.toFile(), Findings.class);
    Catalog catalog = Catalog.load(projectDir.resolve("translations"));
    OutputFolder folder = OutputFolder.open(target, "report");
    for (String language : project.config().languages()) {
      Labels labels =
          new Labels(
              language, project.config(), project.newestSchema(), project.framework().orElse(null));
      String markdown = KeyFindingsDocument.render(findings, labels, catalog.messages(language));
      Path file = folder.staging().resolve("report").resolve(language).resolve("key-findings.md");
      try {
        Files.createDirectories(file.getParent());
        Files.writeString(file, markdown, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("could not write " + file, e);
      }
      stdout.println(
          "report: "
              + language
              + ": "
              + target.resolve("report").resolve(language).resolve("key-findings.md")
              + (labels.fallbacks().isEmpty()
                  ? ""
                  : " (" + labels.fallbacks().size() + " names shown in the source language)"));
    }
    ClearanceStage.Summary clearance =
        ClearanceStage.write(
            SparkSessions.start(null, false),
            project,
            target,
            folder.staging(),
            catalog,
            System::getenv);
    stdout.println(
        "report: clearance: "
            + clearance.documents()
            + " documents for round "
            + clearance.round()
            + " in "
            + target.resolve("report").resolve("clearance")
            + " (confidential: never publish them)");
    folder.commit(List.of("report"));
    stdout.flush();
    return ExitCodes.OK;
  }
}
