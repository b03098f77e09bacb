package dev.stocktake.schema.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stocktake.schema.Problem;
import dev.stocktake.schema.SchemaException;
import dev.stocktake.schema.project.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand codes for the example's 2022 round, whose codebook codes three comment questions. */
class HandCodesTest {
  private static final Project EXAMPLE =
      Project.load(Path.of("../examples/christchurch-call-consultation"));

  @TempDir Path temp;

  private Path file(String... lines) throws Exception {
    return Files.writeString(temp.resolve("codes.csv"), String.join("\n", lines) + "\n");
  }

  @Test
  void severalThemesInOneCellNoneAndEmptyCells() throws Exception {
    List<HandCode> codes =
        HandCodes.read(
            EXAMPLE,
            "2022",
            file(
                "respondent_id,question,theme,note,answer",
                "org-0097,crisis_comments,crisis_protocols information_sharing,both,ignored",
                "org-0098,crisis_comments,none,,",
                "org-0099,crisis_comments,,,not coded yet"));
    assertEquals(3, codes.size());
    assertEquals(
        Map.of(
            "org-0097\u0000crisis_comments", List.of("crisis_protocols", "information_sharing"),
            "org-0098\u0000crisis_comments", List.of()),
        HandCodes.themesByAnswer(codes));
  }

  @Test
  void everyMistakeIsLocated() throws Exception {
    Path bad =
        file(
            "respondent_id,question,theme",
            "nobody,crisis_comments,resources",
            "org-0097,hq_region,resources",
            "org-0097,crisis_comments,resorces",
            "org-0098,crisis_comments,none resources",
            "org-0099,crisis_comments,resources",
            "org-0099,crisis_comments,human_rights");
    SchemaException e =
        assertThrows(SchemaException.class, () -> HandCodes.read(EXAMPLE, "2022", bad));
    List<String> where = e.problems().stream().map(p -> p.line() + " " + p.field()).toList();
    assertEquals(
        List.of("2 respondent_id", "3 question", "4 theme", "5 theme", "7 question"), where);
    Problem theme = e.problems().get(2);
    assertEquals(
        "\"resorces\" is no theme of codebook ccc-open-answers; use one of barriers, resources,"
            + " legal_frameworks, human_rights, crisis_protocols, transparency_reporting,"
            + " algorithmic_outcomes, research_access, collaboration, information_sharing,"
            + " smaller_platforms, victims_survivors, or none",
        theme.message());
  }

  @Test
  void aRoundWithoutCodesHasNone() {
    assertEquals(List.of(), HandCodes.read(EXAMPLE, "2020"));
  }
}
