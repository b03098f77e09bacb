package dev.stocktake.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemTest {

  @Test
  void printsFileLineColumnFieldAndMessage() {
    assertEquals(
        "surveys/ccc/v2.yaml:42:7 questions[7].choices: unknown list",
        new Problem("surveys/ccc/v2.yaml", 42, 7, "questions[7].choices", "unknown list")
            .toString());
  }

  @Test
  void leavesOutWhatIsUnknown() {
    assertEquals(
        "v2.yaml:42 version: too low",
        new Problem("v2.yaml", 42, 0, "version", "too low").toString());
    assertEquals(
        "v2.yaml file not found", new Problem("v2.yaml", 0, 0, null, "file not found").toString());
    assertEquals(
        "v2.yaml file not found", new Problem("v2.yaml", 0, 9, "", "file not found").toString());
  }

  @Test
  void theExceptionMessageIsOneProblemALine() {
    SchemaException e =
        new SchemaException(
            List.of(
                new Problem("a.yaml", 1, 2, "x", "one"), new Problem("b.yaml", 0, 0, "", "two")),
            null);

    assertEquals("a.yaml:1:2 x: one\nb.yaml two", e.getMessage());
    assertEquals(2, e.problems().size());
  }

  @Test
  void fileAndMessageAreRequired() {
    assertEquals(
        "file",
        assertThrows(NullPointerException.class, () -> new Problem(null, 0, 0, "", "m"))
            .getMessage());
    assertEquals(
        "message",
        assertThrows(NullPointerException.class, () -> new Problem("f", 0, 0, "", null))
            .getMessage());
  }
}
