package dev.stocktake.cli;

import dev.stocktake.etl.ingest.Edition;
import dev.stocktake.schema.project.Project;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What every Spark stage command takes: the project, the output folder, edition and master. */
public final class StageOptions {

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
          "public (default): pseudonymised respondents, unpublished free text withheld, counts"
              + " below the suppression threshold hidden; community: every figure, free text"
              + " kept, raw ids if stocktake.yaml allows them.")
  Edition edition;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description =
          "Spark master, e.g. spark://host:7077 (default: spark.master in stocktake.yaml, else"
              + " local[*], in this process).")
  String master;

  public Path projectDir() {
    return projectDir;
  }

  public Path out() {
    return out == null ? projectDir.resolve("out") : out;
  }

  public Edition edition() {
    return edition;
  }

  public String master() {
    return master;
  }

  /**
   * The master to run on: {@code --master}, else stocktake.yaml's {@code spark.master}, else none.
   */
  public String master(Project project) {
    return master != null ? master : project.config().spark().master();
  }
}
