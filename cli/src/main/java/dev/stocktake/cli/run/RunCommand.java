package dev.stocktake.cli.run;

import dev.stocktake.cli.ExitCodes;
import dev.stocktake.cli.StageOptions;
import dev.stocktake.cli.StocktakeCommand;
import dev.stocktake.cli.compare.CompareCommand;
import dev.stocktake.cli.ingest.IngestCommand;
import dev.stocktake.etl.ingest.PseudonymKey;
import dev.stocktake.etl.ingest.Reconciliation;
import dev.stocktake.schema.project.Project;
import java.io.PrintWriter;
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
      "Run every stage of a stocktake: ingest, then compare.",
      "",
      "Run the stages of a stocktake in order: ingest the rounds' responses, then compare the",
      "rounds. Stops after the ingest if its counts do not reconcile."
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
            stage.master(),
            verbose,
            stdout);
    if (!ingested.reconciled()) {
      spec.commandLine().getErr().println("stocktake: the ingest's counts do not reconcile");
      return ExitCodes.INTERNAL_ERROR;
    }
    CompareCommand.compare(project, stage.out(), stage.edition(), stage.master(), verbose, stdout);
    return ExitCodes.OK;
  }
}
