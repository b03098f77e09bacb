package dev.stocktake.schema.clearance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stocktake.schema.SchemaException;
import dev.stocktake.schema.clearance.ClearanceDecision.Decision;
import dev.stocktake.schema.project.Project;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Clearance files against a three-respondent roster. Each bad case is a file in {@code
 * clearance/invalid/}: {@code <case>.csv} and the messages it must give, {@code <case>.txt}.
 */
class ClearanceFileTest {
  private static final Path INVALID = Path.of("src/test/resources/clearance/invalid");

  @TempDir Path temp;

  @Test
  void readsDecisionsInFileOrderWithoutCaseOrSpacesMattering() throws Exception {
    Project project = TinyProject.in(temp, TinyProject.ROSTER);
    Files.writeString(
        temp.resolve("rounds/2022/clearance.csv"),
        """
        \uFEFFRespondent,Question,Decision,Reason
        org-1,crisis_comments, Redacted ,"Names a partner; asked on 3 May, ""please leave out""\"
        org-2,implementation_comments,cleared,
        """,
        StandardCharsets.UTF_8);
    assertEquals(
        List.of(
            new ClearanceDecision(
                "2022",
                "org-1",
                "crisis_comments",
                Decision.REDACTED,
                "Names a partner; asked on 3 May, \"please leave out\""),
            new ClearanceDecision(
                "2022", "org-2", "implementation_comments", Decision.CLEARED, "")),
        ClearanceFile.read(project, "2022"));
  }

  @Test
  void aRoundWithoutClearanceFileHasNoDecisions() throws Exception {
    Project project = TinyProject.in(temp, TinyProject.ROSTER);
    assertEquals(List.of(), ClearanceFile.read(project, "2022"));
  }

  static Stream<String> invalidCases() throws IOException {
    try (Stream<Path> files = Files.list(INVALID)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".csv"))
          .map(n -> n.substring(0, n.length() - 4))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("invalidCases")
  void reportsEveryProblemOfAFileAtOnce(String name) throws Exception {
    Project project = TinyProject.in(temp, TinyProject.ROSTER);
    Files.copy(INVALID.resolve(name + ".csv"), temp.resolve("rounds/2022/clearance.csv"));
    SchemaException e =
        assertThrows(SchemaException.class, () -> ClearanceFile.read(project, "2022"));
    assertEquals(Files.readString(INVALID.resolve(name + ".txt")).strip(), e.getMessage());
  }
}
