package dev.stocktake.cli.run;

import dev.stocktake.cli.ExitCodes;
import dev.stocktake.cli.SparkSessions;
import dev.stocktake.cli.StageOptions;
import dev.stocktake.cli.StocktakeCommand;
import dev.stocktake.cli.compare.CompareCommand;
import dev.stocktake.cli.ingest.IngestCommand;
import dev.stocktake.cli.report.ClearanceStage;
import dev.stocktake.cli.report.ReportStage;
import dev.stocktake.etl.ingest.PseudonymKey;
import dev.stocktake.etl.ingest.Reconciliation;
import dev.stocktake.schema.findings.Comparison;
import dev.stocktake.schema.findings.Findings;
import dev.stocktake.schema.project.Project;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code stocktake run}: every stage of a stocktake in order, on one Spark session. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Run every stage of a stocktake: ingest, compare, report.",
      "",
      "Run the stages of a stocktake in order: ingest the rounds' responses,",
      "compare the rounds and write the report in every language of the project,",
      "then print a summary. Stops after the ingest if its counts do not reconcile."
    })
public final class RunCommand implements Callable<Integer> {

  @Mixin StageOptions stage;

  @ParentCommand StocktakeCommand parent;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    boolean verbose = parent != null && parent.verbose();
    Project project = Project.load(stage.projectDir());
    Reconciliation ingested =
        IngestCommand.ingest(
            project,
            stage.out(),
            stage.edition(),
            PseudonymKey.resolve(
                project.config().confidentiality(),
                stage.projectDir(),
                stage.edition(),
                System::getenv),
            stage.master(project),
            verbose,
            stdout);
    if (!ingested.reconciled()) {
      spec.commandLine().getErr().println("stocktake: the ingest's counts do not reconcile");
      return ExitCodes.INTERNAL_ERROR;
    }
    Findings findings =
        CompareCommand.compare(
            project, stage.out(), stage.edition(), stage.master(project), verbose, stdout);
    List<Path> reports =
        ReportStage.write(
            project,
            stage.out(),
            stage.edition(),
            () ->
                ClearanceStage.collect(
                    SparkSessions.start(stage.master(project), verbose),
                    project,
                    stage.out(),
                    System::getenv),
            stdout);
    summarise(ingested, findings, reports, stdout);
    return ExitCodes.OK;
  }

  /** The closing lines: what went in, what came out, and where to read it. */
  static void summarise(
      Reconciliation ingested, Findings findings, List<Path> reports, PrintWriter stdout) {
    Reconciliation.Counts t = ingested.totals();
    long withheld = findings.comparisons().stream().filter(Comparison::withheld).count();
    stdout.printf(
        Locale.ROOT,
        "run: %d rounds (%s): %,d responses accepted, %,d quarantined, %,d superseded;"
            + " %d tests%s, %d key findings (%s edition)%n",
        findings.rounds().size(),
        String.join(", ", findings.rounds()),
        t.accepted(),
        t.quarantined(),
        t.superseded(),
        findings.comparisons().stream().filter(c -> c.p() != null).count(),
        withheld == 0 ? "" : " (" + withheld + " withheld: they would reveal a small count)",
        findings.keyFindings().size(),
        ingested.edition());
    for (Path report : reports) {
      stdout.println("run: report " + report.getParent().getFileName() + ": " + report);
    }
    stdout.flush();
  }
}
