package dev.stocktake.cli.compare;

import dev.stocktake.cli.ExitCodes;
import dev.stocktake.cli.SparkSessions;
import dev.stocktake.cli.StageOptions;
import dev.stocktake.cli.StocktakeCommand;
import dev.stocktake.etl.compare.Compare;
import dev.stocktake.etl.ingest.Edition;
import dev.stocktake.schema.findings.Findings;
import dev.stocktake.schema.project.Project;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code stocktake compare}: participation, distributions, tests of every change between rounds,
 * commitment progress and key findings, from what {@code stocktake ingest} wrote.
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "Compare the ingested rounds: tests, progress, key findings.",
      "",
      "Compare the rounds ingested into the output folder: participation per group and"
          + " region, the distribution of every closed question, a test of every change between"
          + " consecutive rounds (and the first and latest) with Benjamini-Hochberg adjusted"
          + " p-values, panel transitions, commitment progress and ranked key findings. Writes"
          + " distributions/, comparisons/ (Parquet, and CSV beside them) and findings.json; in"
          + " the public edition with counts below the suppression threshold hidden, and the"
          + " tests and key findings that would reveal them withheld."
    })
public final class CompareCommand implements Callable<Integer> {

  @Mixin StageOptions stage;

  @ParentCommand StocktakeCommand parent;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    Project project = Project.load(stage.projectDir());
    Path target = stage.out();
    compare(
        project,
        target,
        stage.edition(),
        stage.master(project),
        parent != null && parent.verbose(),
        stdout);
    return ExitCodes.OK;
  }

  /** Runs the compare stage on a Spark session of its own, printing progress and a summary. */
  public static Findings compare(
      Project project,
      Path out,
      Edition edition,
      String master,
      boolean verbose,
      PrintWriter stdout) {
    Findings findings =
        Compare.run(
            SparkSessions.start(master, verbose),
            project,
            new Compare.Options(out, edition.id()),
            progress -> {
              stdout.println(CompareReport.progress(progress));
              stdout.flush();
            });
    CompareReport.summary(findings, out, stdout);
    stdout.flush();
    return findings;
  }
}
