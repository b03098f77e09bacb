package dev.stocktake.cli.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stocktake.cli.ExitCodes;
import dev.stocktake.cli.Run;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ValidateCommandTest {
  private static final Path EXAMPLE = Path.of("../examples/christchurch-call-consultation");
  private static final Path SURVEYS = EXAMPLE.resolve("surveys/ccc-community-consultation");

  @Test
  void theExampleIsValid() {
    Run run =
        Run.of(
            "schema",
            "validate",
            SURVEYS.resolve("v1.yaml").toString(),
            SURVEYS.resolve("v2.yaml").toString(),
            EXAMPLE.resolve("frameworks/christchurch-call-work-plan.yaml").toString(),
            EXAMPLE.resolve("stocktake.yaml").toString());
    assertEquals("4 files valid: 2 survey schemas, 1 framework, 1 project file\n", run.out());
    assertEquals(ExitCodes.OK, run.exitCode());
  }

  @Test
  void everyProblemIsListedWithFileLineColumnAndField() {
    String file = Path.of("src/test/resources/schemas/two-mistakes/v1.yaml").toString();
    Run run = Run.of("schema", "validate", file);
    assertEquals(
        file
            + ":20:14 questions[0].choices: unknown list \"statuses\" (did you mean \"status\"?); declared"
            + " lists are: status\n"
            + file
            + ":24:12 questions[1].label: label missing for language \"fr\" (declared in languages)\n"
            + "2 problems in 1 of 1 file\n",
        run.out());
    assertEquals(ExitCodes.USER_ERROR, run.exitCode());
  }

  @Test
  void aCodebookIsCheckedAgainstItsProject() {
    Path codebooks = Path.of("src/test/resources/projects/with-codebooks/codebooks");
    String valid = codebooks.resolve("open-answers.yaml").toString();
    String wrong = codebooks.resolve("two-mistakes.yaml").toString();

    Run run = Run.of("schema", "validate", valid, wrong);

    assertEquals(
        wrong
            + ":4:23 questions[1]: question \"org_type\" is a single_choice question; a codebook"
            + " codes text questions only\n"
            + wrong
            + ":9:44 themes[0].rules.en.patterns[0]: \"\\\\bfoo(\" is not a valid regular"
            + " expression: Unclosed group near index 6\n"
            + "2 problems in 1 of 2 files\n",
        run.out());
    assertEquals(ExitCodes.USER_ERROR, run.exitCode());
  }

  @Test
  void aValidCodebookIsCounted() {
    Run run =
        Run.of(
            "schema",
            "validate",
            "src/test/resources/projects/with-codebooks/codebooks/open-answers.yaml",
            "src/test/resources/projects/with-codebooks/stocktake.yaml");

    assertEquals("2 files valid: 1 project file, 1 codebook\n", run.out());
    assertEquals(ExitCodes.OK, run.exitCode());
  }

  @Test
  void aMissingFileIsAProblemNotACrash() {
    Run run = Run.of("schema", "validate", "no/such/v1.yaml");
    assertEquals("no/such/v1.yaml file not found\n1 problem in 1 of 1 file\n", run.out());
    assertEquals(ExitCodes.USER_ERROR, run.exitCode());
  }

  @Test
  void aFileThatIsNotAStocktakeDocumentSaysWhatItExpected() {
    Run run = Run.of("schema", "validate", "pom.xml");
    assertEquals(ExitCodes.USER_ERROR, run.exitCode());
    assertEquals("pom.xml:1:1 ", run.out().substring(0, 12));
  }
}
