package dev.stocktake.cli.translations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stocktake.cli.ExitCodes;
import dev.stocktake.cli.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  @TempDir Path temp;

  @Test
  void theShippedBundlesHaveNoErrors() {
    Run run = Run.of("translations", "check");
    assertEquals(ExitCodes.OK, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().lines().anyMatch(l -> l.matches("ar\\s+\\S+\\s+100\\.0%.*")), run.out());
    assertTrue(
        run.out().lines().anyMatch(l -> l.startsWith("mi ") && l.contains("draft")), run.out());
  }

  @Test
  void aBrokenProjectTranslationIsAnErrorWithItsFileAndLine() throws Exception {
    Path translations = Files.createDirectories(temp.resolve("translations"));
    Files.writeString(
        translations.resolve("messages_fr.properties"),
        "report.group.all = tous {les répondants\n");
    Run run = Run.of("translations", "check", temp.toString());
    assertEquals(ExitCodes.USER_ERROR, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().contains("messages_fr.properties:1"), run.out());
  }
}
