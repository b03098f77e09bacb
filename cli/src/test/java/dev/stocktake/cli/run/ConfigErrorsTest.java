package dev.stocktake.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stocktake.cli.ExampleCopy;
import dev.stocktake.cli.ExitCodes;
import dev.stocktake.cli.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A mistake in a project's set-up ends `stocktake run` with one message, exit 1, no trace. */
class ConfigErrorsTest {
  @TempDir Path temp;

  private static void assertOneLine(Run run, String expected) {
    assertEquals(ExitCodes.USER_ERROR, run.exitCode(), run.err());
    assertTrue(run.err().startsWith("stocktake: "), run.err());
    assertTrue(run.err().contains(expected), run.err());
    assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
  }

  private Path exampleWith(String from, String to) throws Exception {
    Path project = ExampleCopy.in(temp, true);
    Path yaml = project.resolve("stocktake.yaml");
    String text = Files.readString(yaml);
    assertTrue(text.contains(from), from);
    Files.writeString(yaml, text.replace(from, to));
    return project;
  }

  @Test
  void aMissingProjectFile() {
    Path nowhere = temp.resolve("no-project");
    assertOneLine(Run.of("run", nowhere.toString()), "stocktake.yaml");
  }

  @Test
  void aRoundWithoutItsFolder() throws Exception {
    Path project = exampleWith("  - id: \"2022\"", "  - id: \"2024\"");
    assertOneLine(Run.of("run", project.toString()), "2024");
  }

  @Test
  void aSchemaVersionThatDoesNotExist() throws Exception {
    Path project = exampleWith("    schema: 2", "    schema: 3");
    assertOneLine(Run.of("run", project.toString()), "v3.yaml");
  }

  @Test
  void anOutputFolderThatCannotBeWritten() throws Exception {
    Path project = ExampleCopy.in(temp, true);
    Path file = Files.writeString(temp.resolve("a-file"), "not a folder\n");
    assertOneLine(
        Run.of("run", project.toString(), "--out", file.resolve("out").toString()),
        file.resolve("out").toString());
  }
}
