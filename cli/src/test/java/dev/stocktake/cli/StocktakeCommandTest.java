package dev.stocktake.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StocktakeCommandTest {

  @Test
  void helpListsTheCommandsAndExitsZero() {
    Run run = Run.of("--help");
    assertEquals(ExitCodes.OK, run.exitCode());
    assertTrue(run.out().contains("schema"), run.out());
    assertTrue(run.out().contains("generate"), run.out());
  }

  @Test
  void everyCommandHasHelp() {
    for (String[] command :
        new String[][] {
          {"schema", "--help"},
          {"schema", "validate", "--help"},
          {"schema", "diff", "--help"},
          {"generate", "--help"}
        }) {
      Run run = Run.of(command);
      assertEquals(ExitCodes.OK, run.exitCode(), String.join(" ", command));
      assertTrue(run.out().startsWith("Usage: stocktake "), run.out());
    }
  }

  @Test
  void noCommandIsAUserError() {
    Run run = Run.of();
    assertEquals(ExitCodes.USER_ERROR, run.exitCode());
    assertTrue(run.err().startsWith("stocktake: name a command"), run.err());
  }

  @Test
  void unknownCommandIsAUserErrorWithSuggestions() {
    Run run = Run.of("schema", "valdate", "x.yaml");
    assertEquals(ExitCodes.USER_ERROR, run.exitCode());
    assertTrue(run.err().contains("Did you mean: schema validate?"), run.err());
  }

  @Test
  void missingRequiredOptionIsAUserError() {
    Run run = Run.of("generate", "--out", "somewhere");
    assertEquals(ExitCodes.USER_ERROR, run.exitCode());
    assertTrue(
        run.err().startsWith("stocktake: Missing required option: '--respondents=N'"), run.err());
  }
}
