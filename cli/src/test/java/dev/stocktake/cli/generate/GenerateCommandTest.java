package dev.stocktake.cli.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stocktake.cli.ExitCodes;
import dev.stocktake.cli.Run;
import dev.stocktake.schema.project.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
  @TempDir Path temp;

  @Test
  void writesALoadableProjectWithRostersAndResponsesPerRound() throws Exception {
    Path out = temp.resolve("consultation");
    Run run = Run.of("generate", "--respondents", "50", "--seed", "3", "--out", out.toString());
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertEquals("wrote " + out + "\n", run.out());
    assertTrue(
        run.err().startsWith("generate: round 2020: 40 respondents (0 returning), 56 invited, "),
        run.err());
    Project project = Project.load(out);
    assertEquals(
        List.of("2020", "2022"), project.config().rounds().stream().map(r -> r.id()).toList());
    for (String round : List.of("2020", "2022")) {
      assertTrue(Files.size(out.resolve("rounds/" + round + "/responses.csv")) > 0);
      assertTrue(Files.size(out.resolve("rounds/" + round + "/roster.csv")) > 0);
    }
    try (var files = Files.list(temp)) {
      assertEquals(List.of(out), files.toList(), "no staging folder is left behind");
    }
  }

  @Test
  void sameSeedSameBytes() throws Exception {
    Path a = temp.resolve("a");
    Path b = temp.resolve("b");
    Run.of("generate", "--respondents", "40", "--seed", "11", "--out", a.toString());
    Run.of("generate", "--respondents", "40", "--seed", "11", "--out", b.toString());
    for (String file :
        List.of(
            "rounds/2020/responses.csv", "rounds/2022/responses.csv", "rounds/2022/roster.csv")) {
      assertArrayEquals(
          Files.readAllBytes(a.resolve(file)), Files.readAllBytes(b.resolve(file)), file);
    }
  }

  @Test
  void moreRoundsThanTheProjectContinueItsCadenceWithTheNewestSchema() throws Exception {
    Path out = temp.resolve("three");
    Run run = Run.of("generate", "--respondents", "30", "--rounds", "3", "--out", out.toString());
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    Project project = Project.load(out);
    assertEquals(
        List.of("2020", "2022", "2024"),
        project.config().rounds().stream().map(r -> r.id()).toList());
    assertEquals(2, project.config().rounds().get(2).schema());
    assertTrue(Files.exists(out.resolve("rounds/2024/responses.csv")));
  }

  @Test
  void refusesToWriteIntoAFolderThatHasFiles() throws Exception {
    Files.writeString(temp.resolve("keep.txt"), "mine");
    Run run = Run.of("generate", "--respondents", "10", "--out", temp.toString());
    assertEquals(ExitCodes.USER_ERROR, run.exitCode());
    assertEquals(
        "stocktake: " + temp + " already exists and is not an empty folder; choose another --out\n",
        run.err());
    assertEquals("mine", Files.readString(temp.resolve("keep.txt")));
  }

  @Test
  void anotherProjectsSchemasCanBeUsed() throws Exception {
    Path out = temp.resolve("other");
    Run run =
        Run.of(
            "generate",
            "--project",
            "src/test/resources/projects/tiny",
            "--respondents",
            "20",
            "--out",
            out.toString());
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    List<String> header = Files.readAllLines(out.resolve("rounds/r1/responses.csv")).subList(0, 1);
    assertEquals(List.of("respondent_id,group,submitted_at,language,supports,reach"), header);
  }

  @Test
  void zeroRespondentsIsAUserError() {
    Run run = Run.of("generate", "--respondents", "0", "--out", temp.resolve("x").toString());
    assertEquals(ExitCodes.USER_ERROR, run.exitCode());
    assertEquals("stocktake: --respondents must be 1 or more, not 0\n", run.err());
  }

  @Test
  void eachFormatWritesItsToolsLayoutAndTheSettingsToReadIt() throws Exception {
    Map<String, String> firstColumns =
        Map.of(
            "kobo", "\"start\";\"end\";\"respondent/org_id\";\"respondent/stakeholder_group\";",
            "odk", "SubmissionDate,respondent-org_id,respondent-stakeholder_group,",
            "limesurvey",
                "\"id\",\"submitdate\",\"lastpage\",\"startlanguage\",\"seed\",\"token\",");
    Map<String, Map<String, String>> columns =
        Map.of(
            "kobo",
            Map.of("respondent/org_id", "respondent_id", "respondent/stakeholder_group", "group"),
            "odk",
            Map.of("respondent-org_id", "respondent_id", "respondent-stakeholder_group", "group"),
            "limesurvey",
            Map.of("attribute_1", "group"));
    for (String format : List.of("kobo", "odk", "limesurvey")) {
      Path out = temp.resolve(format);
      Run run =
          Run.of("generate", "--respondents", "20", "--format", format, "--out", out.toString());
      assertEquals(ExitCodes.OK, run.exitCode(), run.err());
      Project project = Project.load(out);
      assertEquals(format, project.config().format());
      assertEquals(columns.get(format), project.config().columns());
      assertTrue(
          Files.readString(out.resolve("stocktake.yaml"))
              .startsWith(
                  "# Written by stocktake generate with 2 rounds, responses as "
                      + format
                      + " exports them.\n"));
      for (String round : List.of("2020", "2022")) {
        String header =
            Files.readAllLines(out.resolve("rounds/" + round + "/responses.csv")).get(0);
        assertTrue(header.startsWith(firstColumns.get(format)), format + ": " + header);
      }
    }
  }

  @Test
  void sameSeedSameBytesInEveryFormat() throws Exception {
    for (String format : List.of("kobo", "odk", "limesurvey")) {
      Path a = temp.resolve(format + "-a");
      Path b = temp.resolve(format + "-b");
      Run.of(
          "generate",
          "--respondents",
          "15",
          "--seed",
          "5",
          "--format",
          format,
          "--out",
          a.toString());
      Run.of(
          "generate",
          "--respondents",
          "15",
          "--seed",
          "5",
          "--format",
          format,
          "--out",
          b.toString());
      for (String file :
          List.of("stocktake.yaml", "rounds/2020/responses.csv", "rounds/2022/responses.csv")) {
        assertArrayEquals(
            Files.readAllBytes(a.resolve(file)), Files.readAllBytes(b.resolve(file)), file);
      }
    }
  }

  @Test
  void anUnknownFormatIsAUserError() {
    Run run =
        Run.of(
            "generate",
            "--respondents",
            "10",
            "--format",
            "qualtrics",
            "--out",
            temp.resolve("q").toString());
    assertEquals(ExitCodes.USER_ERROR, run.exitCode());
    assertEquals(
        "stocktake: --format \"qualtrics\" is not a format the generator writes; use one of"
            + " stocktake, kobo, odk, limesurvey\n",
        run.err());
  }
}
