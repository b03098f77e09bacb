package dev.stocktake.cli.ingest;

import dev.stocktake.cli.ExitCodes;
import dev.stocktake.cli.SparkSessions;
import dev.stocktake.cli.StageOptions;
import dev.stocktake.cli.StocktakeCommand;
import dev.stocktake.etl.ingest.Edition;
import dev.stocktake.etl.ingest.Ingest;
import dev.stocktake.etl.ingest.PseudonymKey;
import dev.stocktake.etl.ingest.Pseudonymiser;
import dev.stocktake.etl.ingest.Reconciliation;
import dev.stocktake.schema.project.Project;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code stocktake ingest}: reads, validates, harmonises and pseudonymises every round's responses
 * into {@code out/answers/}, with the quarantine and the reconciliation of every row.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Read, check, harmonise and pseudonymise every round's responses.",
      "",
      "Read every round's response files, validate each answer against its round's schema,",
      "keep the latest of duplicate submissions, harmonise answers to the newest schema and",
      "pseudonymise respondents. Writes answers/ and respondents/ (Parquet, by round),",
      "quarantine.csv and reconciliation.json, replacing earlier outputs in one step."
    })
public final class IngestCommand implements Callable<Integer> {

  @Mixin StageOptions stage;

  @ParentCommand StocktakeCommand parent;

  @Spec CommandSpec spec;

  /** Where environment variables come from (the key variable named in stocktake.yaml). */
  Function<String, String> environment = System::getenv;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    Project project = Project.load(stage.projectDir());
    Pseudonymiser pseudonymiser =
        PseudonymKey.resolve(
            project.config().confidentiality(), stage.projectDir(), stage.edition(), environment);
    Path target = stage.out();
    Reconciliation result =
        ingest(
            project,
            target,
            stage.edition(),
            pseudonymiser,
            stage.master(project),
            parent != null && parent.verbose(),
            stdout);
    if (!result.reconciled()) {
      err.println(
          "stocktake: the counts do not reconcile (see "
              + target.resolve("reconciliation.json")
              + "); this is a bug, please report it");
      err.flush();
      return ExitCodes.INTERNAL_ERROR;
    }
    return ExitCodes.OK;
  }

  /** Runs the ingest stage on a Spark session of its own, printing progress and the summary. */
  public static Reconciliation ingest(
      Project project,
      Path out,
      Edition edition,
      Pseudonymiser pseudonymiser,
      String master,
      boolean verbose,
      PrintWriter stdout) {
    SparkSession spark = SparkSessions.start(master, verbose);
    Reconciliation result =
        Ingest.run(
            spark,
            project,
            new Ingest.Options(out, edition, pseudonymiser),
            progress -> {
              stdout.println(IngestReport.progress(progress));
              stdout.flush();
            });
    IngestReport.summary(result, out, stdout);
    stdout.flush();
    return result;
  }
}
