package dev.stocktake.cli.report;

import dev.stocktake.cli.ExitCodes;
import dev.stocktake.cli.SparkSessions;
import dev.stocktake.cli.StocktakeCommand;
import dev.stocktake.etl.ingest.Edition;
import dev.stocktake.schema.project.Project;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
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
      "Render the outputs of `stocktake ingest` and `stocktake compare` in every",
      "language of the project: report/<lang>/index.html, one self-contained page",
      "with charts, tables and data notes, and report/<lang>/key-findings.md, the",
      "key findings for newsletters and email. Texts a language lacks are shown in",
      "the source language and listed in the data notes. Also",
      "report/clearance/<respondent>.html: each respondent's own answers of the",
      "newest round and how they would be used, for them to check before anything",
      "is published."
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

  @Option(
      names = "--master",
      paramLabel = "URL",
      description =
          "Spark master for reading respondents' answers for the clearance documents"
              + " (default: spark.master in stocktake.yaml, else local[*], in this process).")
  String master;

  @ParentCommand StocktakeCommand parent;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    Project project = Project.load(projectDir);
    Path target = out == null ? projectDir.resolve("out") : out;
    boolean verbose = parent != null && parent.verbose();
    ReportStage.write(
        project,
        target,
        edition,
        () ->
            ClearanceStage.collect(
                SparkSessions.start(
                    master != null ? master : project.config().spark().master(), verbose),
                project,
                target,
                System::getenv),
        stdout);
    return ExitCodes.OK;
  }
}
