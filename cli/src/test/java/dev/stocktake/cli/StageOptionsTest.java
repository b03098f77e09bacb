package dev.stocktake.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stocktake.schema.project.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StageOptionsTest {
  @TempDir Path temp;

  private Path projectWith(String spark) throws Exception {
    Path project = ExampleCopy.in(temp, false);
    Path yaml = project.resolve("stocktake.yaml");
    Files.writeString(yaml, Files.readString(yaml) + spark);
    return project;
  }

  @Test
  void theCommandLineMasterWinsOverStocktakeYaml() throws Exception {
    Project project =
        Project.load(projectWith("spark:\n  master: spark://cluster.internal:7077\n"));
    StageOptions options = new StageOptions();
    assertEquals("spark://cluster.internal:7077", options.master(project));
    options.master = "local[2]";
    assertEquals("local[2]", options.master(project));
  }

  @Test
  void withoutEitherThereIsNoMaster() throws Exception {
    assertNull(new StageOptions().master(Project.load(ExampleCopy.in(temp, false))));
  }

  @Test
  void aMasterThatIsNotAUrlIsAUserErrorNamingTheLine() throws Exception {
    Path project = projectWith("spark:\n  master: my cluster\n");
    Run run = Run.of("ingest", project.toString());
    assertEquals(ExitCodes.USER_ERROR, run.exitCode());
    assertTrue(run.err().contains("stocktake.yaml:"), run.err());
    assertTrue(
        run.err().contains("spark.master: \"my cluster\" is not a Spark master URL"), run.err());
  }
}
