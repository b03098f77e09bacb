package dev.stocktake.etl.compare.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stocktake.schema.SchemaException;
import dev.stocktake.schema.findings.FindingEdits;
import dev.stocktake.schema.findings.KeyFinding;
import dev.stocktake.schema.findings.KeyFinding.Argument;
import dev.stocktake.schema.io.DocumentReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditsTest {
  @TempDir Path temp;

  private static KeyFinding shift(int rank, String question) {
    return new KeyFinding(
        rank,
        "finding.question.shift",
        List.of(new Argument("question", "question", question)),
        "computed");
  }

  private static final List<KeyFinding> COMPUTED =
      List.of(
          shift(1, "status_crisis_response"),
          shift(2, "status_human_rights"),
          new KeyFinding(
              3,
              "finding.participation.change",
              List.of(new Argument("to_count", "count", 300L)),
              "computed"));

  private FindingEdits read(String yaml) throws Exception {
    Path file = temp.resolve("findings.yaml");
    Files.writeString(file, yaml);
    return new DocumentReader().read(file, FindingEdits.class).value();
  }

  @Test
  void pinnedFirstThenAddedThenTheRestWithoutTheDropped() throws Exception {
    FindingEdits edits =
        read(
            """
            pin:
              - {key: finding.participation.change}
            drop:
              - {key: finding.question.shift, args: {question: status_human_rights}}
            add:
              - key: finding.context.workshop
                args: [{name: round, type: round, value: "2022"}]
            """);
    Edits.Result result = Edits.apply(COMPUTED, edits);
    assertEquals(
        List.of(
            "finding.participation.change:pinned:1",
            "finding.context.workshop:added:2",
            "finding.question.shift:computed:3"),
        result.findings().stream().map(f -> f.key() + ":" + f.source() + ":" + f.rank()).toList());
    assertEquals(List.of(), result.unmatched());
  }

  @Test
  void editsThatMatchNothingAreReported() throws Exception {
    Edits.Result result =
        Edits.apply(
            COMPUTED, read("pin:\n  - {key: finding.question.shift, args: {question: nope}}\n"));
    assertEquals(List.of("pin finding.question.shift {question=nope}"), result.unmatched());
    assertEquals(3, result.findings().size());
  }

  @Test
  void aMistakeInFindingsYamlNamesTheLine() {
    SchemaException e =
        assertThrows(SchemaException.class, () -> read("pin:\n  - {key: x, arguments: {}}\n"));
    assertTrue(e.getMessage().contains("findings.yaml:2:"), e.getMessage());
  }
}
