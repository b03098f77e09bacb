package dev.stocktake.cli.report;

import dev.stocktake.cli.ExitCodes;
import dev.stocktake.etl.ingest.Edition;
import dev.stocktake.reports.input.Clearances;
import dev.stocktake.schema.project.Project;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stocktake report}: the findings for people, in every language of the project —
 * report/&lt;lang&gt;/index.html and key-findings.md.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Render the findings in every language of the project.",
      "",
      "Render the outputs of `stocktake ingest` and `stocktake compare` in every language of the",
      "project: report/<lang>/index.html, one self-contained page with charts, tables and data",
      "notes, and report/<lang>/key-findings.md, the key findings for newsletters and email.",
      "Texts a language lacks are shown in the source language and listed in the data notes."
    })
public final class ReportCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "PROJECT_DIR", description = "The consultation project.")
  Path projectDir;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Output folder of the stages (default: PROJECT_DIR/out).")
  Path out;

  @Option(
      names = "--edition",
      defaultValue = "public",
      paramLabel = "public|community",
      description =
          "public (default): small cells suppressed, only published questions quoted;"
              + " community: every figure, for the confidential community.")
  Edition edition;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    Project project = Project.load(projectDir);
    Path target = out == null ? projectDir.resolve("out") : out;
    ReportStage.write(project, target, edition, Clearances.none(), stdout);
    return ExitCodes.OK;
  }
}
