package dev.stocktake.cli.codes;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stocktake.cli.ExampleCopy;
import dev.stocktake.cli.ExitCodes;
import dev.stocktake.cli.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An analyst's round trip on the example: export the answers, code three, import, run. */
class CodesCommandTest {
  @TempDir Path temp;

  @Test
  void exportedAnswersComeBackAsHandCodesThatWinOverTheRules() throws Exception {
    Path project = ExampleCopy.in(temp, true);
    Path exported = temp.resolve("codes.csv");
    Run export = Run.of("codes", "export", project.toString(), "--out", exported.toString());
    assertEquals(ExitCodes.OK, export.exitCode(), export.err());
    List<String> lines = Files.readAllLines(exported);
    assertEquals("respondent_id,question,theme,note,language,answer,suggested", lines.get(0));
    assertTrue(lines.size() > 400, "answers to code: " + lines.size());
    assertTrue(
        export.out().startsWith("codes export: " + (lines.size() - 1) + " answers of round 2022"),
        export.out());

    // The analyst codes the first three answers: an extra theme, a theme, and none.
    List<String> coded = new ArrayList<>(List.of(lines.get(0)));
    String[] themes = {"crisis_protocols information_sharing", "human_rights", "none"};
    for (int i = 1; i <= 3; i++) {
      String[] cells = lines.get(i).split(",", 3);
      coded.add(cells[0] + "," + cells[1] + "," + themes[i - 1] + ",checked");
    }
    Path back = Files.write(temp.resolve("coded.csv"), coded);
    Run imported = Run.of("codes", "import", back.toString(), project.toString());
    assertEquals(ExitCodes.OK, imported.exitCode(), imported.err());
    List<String> codes = Files.readAllLines(project.resolve("rounds/2022/codes.csv"));
    assertEquals(4, codes.size(), String.join("\n", codes));
    assertEquals("respondent_id,question,theme,note", codes.get(0));

    // The community edition: the public one hides a count of 1 hand-coded answer.
    assertEquals(
        ExitCodes.OK, Run.of("run", project.toString(), "--edition", "community").exitCode());
    String findings = Files.readString(project.resolve("out/findings.json"));
    assertTrue(findings.contains("\"by_hand\" : 1"), "hand codes counted");
    // The hand codes replaced what the rules found, "none" included.
    Set<List<String>> handThemes = new HashSet<>();
    for (Row r :
        SparkSession.active()
            .read()
            .parquet(project.resolve("out/answers").toString())
            .filter(col("coded_by_hand"))
            .select("themes")
            .collectAsList()) {
      handThemes.add(r.getList(0));
    }
    assertEquals(
        Set.of(
            List.of("crisis_protocols", "information_sharing"), List.of("human_rights"), List.of()),
        handThemes);
  }

  @Test
  void aBadCodeIsAUserErrorNamingItsLine() throws Exception {
    Path project = ExampleCopy.in(temp, true);
    Path bad =
        Files.writeString(
            temp.resolve("bad.csv"),
            "respondent_id,question,theme\norg-0097,crisis_comments,crisis\n");
    Run run = Run.of("codes", "import", bad.toString(), project.toString());
    assertEquals(ExitCodes.USER_ERROR, run.exitCode());
    assertTrue(
        run.err().startsWith("stocktake: " + bad + ":2 theme: \"crisis\" is no theme"), run.err());
    assertTrue(Files.notExists(project.resolve("rounds/2022/codes.csv")));
  }
}
