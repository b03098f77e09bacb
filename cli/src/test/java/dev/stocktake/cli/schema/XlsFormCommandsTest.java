package dev.stocktake.cli.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.stocktake.cli.ExitCodes;
import dev.stocktake.cli.Run;
import dev.stocktake.schema.SurveySchema;
import dev.stocktake.schema.io.DocumentReader;
import dev.stocktake.schema.xlsform.XlsForms;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsFormCommandsTest {
  private static final Path SURVEYS =
      Path.of("../examples/christchurch-call-consultation/surveys/ccc-community-consultation");
  private static final Path PYXFORM = Path.of("../../shared/fixtures/xlsform-pyxform");

  @TempDir Path temp;

  @Test
  void toXlsformWritesTheFormAndListsWhatIsNotCarried() {
    Path form = temp.resolve("ccc-v2.xlsx");
    Run run =
        Run.of(
            "schema",
            "to-xlsform",
            SURVEYS.resolve("v2.yaml").toString(),
            "--out",
            form.toString());

    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(
        "to-xlsform: wrote " + form + " (43 questions, 7 choice lists, languages en fr es ar)",
        lines.get(0));
    assertTrue(
        lines.contains("  not carried: lineage of hq_region (from version 1 question org_region)"),
        run.out());
    assertTrue(lines.contains("  not carried: retired question aware_of_ccan"), run.out());
    assertEquals(
        "  XLSForm has no place for lineage or retired questions: keep the schema file as the"
            + " source of truth, and compare rounds with it",
        lines.get(lines.size() - 1));
    assertEquals(23, lines.size());
    assertEquals("", run.err());
    assertTrue(Files.isRegularFile(form));
  }

  @Test
  void toXlsformRefusesASchemaWithProblems() {
    String file = Path.of("src/test/resources/schemas/two-mistakes/v1.yaml").toString();
    Path form = temp.resolve("form.xlsx");
    Run run = Run.of("schema", "to-xlsform", file, "--out", form.toString());

    assertEquals(ExitCodes.USER_ERROR, run.exitCode());
    assertEquals(
        file
            + ":20:14 questions[0].choices: unknown list \"statuses\" (did you mean \"status\"?);"
            + " declared lists are: status\n"
            + file
            + ":24:12 questions[1].label: label missing for language \"fr\" (declared in"
            + " languages)\n"
            + "to-xlsform: 2 problems in "
            + file
            + "; no form written\n",
        run.err());
    assertEquals("", run.out());
    assertTrue(Files.notExists(form));
  }

  @Test
  void toXlsformSaysWhyTheFormCannotBeWritten() {
    Path form = temp.resolve("no/such/folder/form.xlsx");
    Run run =
        Run.of(
            "schema",
            "to-xlsform",
            SURVEYS.resolve("v1.yaml").toString(),
            "--out",
            form.toString());

    assertEquals(ExitCodes.USER_ERROR, run.exitCode());
    assertEquals(
        "stocktake: "
            + form
            + " cannot be written: folder "
            + form.getParent()
            + " does not exist\n",
        run.err());
  }

  @Test
  void fromXlsformPrintsTheSchemaAndListsWhatIsNotMapped() {
    assumeTrue(Files.isDirectory(PYXFORM), "no pyxform fixtures at " + PYXFORM);
    String form = PYXFORM.resolve("or_other.xlsx").toString();
    Run run = Run.of("schema", "from-xlsform", form);

    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(
        run.out()
            .startsWith("# Imported by stocktake schema from-xlsform from or_other.xlsx; 3 items"),
        run.out());
    assertTrue(run.out().contains("\nsurvey: \"or_other\"\nversion: 1\n"), run.out());
    assertEquals(
        form
            + " survey row 2 (type or_other) fav_color: choice other added (list colors_or_other);"
            + " the text respondents write after choosing it is the text question fav_color_other\n"
            + form
            + " survey: the form has no question named group (select_one stakeholder_group): one"
            + " stakeholder group, respondents, was added; declare the real groups in the schema\n"
            + form
            + " settings: no version: version 1 used; pass --version N to choose another\n"
            + "from-xlsform: 3 questions, 2 choice lists, 3 items not mapped\n",
        run.err());
  }

  @Test
  void fromXlsformWritesASchemaThatValidates() {
    Path schema = temp.resolve("v3.yaml");
    assumeTrue(Files.isDirectory(PYXFORM), "no pyxform fixtures at " + PYXFORM);
    String form = PYXFORM.resolve("xlsform_spec_test.xlsx").toString();
    Run run = Run.of("schema", "from-xlsform", form, "--out", schema.toString());

    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertEquals("", run.err());
    List<String> lines = run.out().lines().toList();
    assertTrue(lines.get(lines.size() - 1).startsWith("from-xlsform: "), run.out());
    assertTrue(
        lines.stream().limit(lines.size() - 1).allMatch(l -> l.startsWith(form + " ")), run.out());
    Run validate = Run.of("schema", "validate", schema.toString());
    assertEquals("1 file valid: 1 survey schema\n", validate.out());
    assertEquals(3, new DocumentReader().readSurvey(schema).value().version());
  }

  @Test
  void aSchemaSurvivesToXlsformAndBack() {
    Path form = temp.resolve("form.csv");
    Path back = temp.resolve("v1.yaml");
    Path v1 = SURVEYS.resolve("v1.yaml");
    assertEquals(
        ExitCodes.OK,
        Run.of("schema", "to-xlsform", v1.toString(), "--out", form.toString()).exitCode());

    Run run = Run.of("schema", "from-xlsform", form.toString(), "--out", back.toString());

    assertEquals(
        "from-xlsform: 37 questions, 7 choice lists, 0 items not mapped\n", run.out(), run.err());
    DocumentReader reader = new DocumentReader();
    SurveySchema original = reader.readSurvey(v1).value();
    assertEquals(XlsForms.asCarried(original), reader.readSurvey(back).value());
  }

  @Test
  void fromXlsformRefusesAFileThatIsNotAForm() {
    assumeTrue(Files.isDirectory(PYXFORM), "no pyxform fixtures at " + PYXFORM);
    String file = PYXFORM.resolve("fruits.csv").toString();
    Run run = Run.of("schema", "from-xlsform", file);

    assertEquals(ExitCodes.USER_ERROR, run.exitCode());
    assertEquals(
        "stocktake: "
            + file
            + " no survey sheet: an XLSForm has a sheet named survey (and usually choices and"
            + " settings); the sheets are: name_key, mango, orange, banana, papaya\n",
        run.err());
    assertEquals("", run.out());
  }
}
