package dev.stocktake.cli.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stocktake.cli.ExitCodes;
import dev.stocktake.cli.Run;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiffCommandTest {
  private static final String V1 =
      Path.of(
              "../examples/christchurch-call-consultation/surveys/ccc-community-consultation/v1.yaml")
          .toString();
  private static final String V2 =
      Path.of(
              "../examples/christchurch-call-consultation/surveys/ccc-community-consultation/v2.yaml")
          .toString();

  @Test
  void listsTheExampleEvolutionByImpact() {
    Run run = Run.of("schema", "diff", V1, V2);
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(
        "Survey ccc-community-consultation: v1 (round 2020) → v2 (round 2022)", lines.get(0));
    assertEquals("Breaking comparability (3)", lines.get(3));
    assertEquals(
        "  ~ priority_themes  retyped: type changed from single_choice to multi_choice: answers are"
            + " counted differently, so the rounds cannot be compared on this question",
        lines.get(4));
    assertTrue(lines.contains("  ~ hq_region  renamed: renamed from org_region"), run.out());
    assertTrue(
        lines.contains(
            "  ~ community_updates_useful  merged: merged from [newsletter_useful,"
                + " ccan_updates_useful]"),
        run.out());
    assertTrue(
        lines.contains(
            "  ~ status_crisis_response  choices split: choices split (in_progress →"
                + " partially_implemented + substantially_implemented): compare the rounds after merging the new"
                + " codes back into one category"),
        run.out());
    assertTrue(lines.contains("  + (survey)  language added: language ar added"), run.out());
  }

  @Test
  void jsonListsEveryChangeForMachines() throws Exception {
    Run run = Run.of("schema", "diff", "--json", V1, V2);
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    JsonNode diff = new ObjectMapper().readTree(run.out());
    assertEquals(1, diff.get("old_version").asInt());
    assertEquals(2, diff.get("new_version").asInt());
    List<String> retired = new ArrayList<>();
    for (JsonNode change : diff.get("changes")) {
      if (change.get("kind").asText().equals("RETIRED")) {
        retired.add(change.get("old_id").asText() + ":" + change.get("impact").asText());
      }
    }
    assertEquals(List.of("aware_of_ccan:CAVEAT"), retired);
  }

  @Test
  void swappedVersionsAreAUserError() {
    Run run = Run.of("schema", "diff", V2, V1);
    assertEquals(ExitCodes.USER_ERROR, run.exitCode());
    assertEquals(
        "stocktake: cannot compare "
            + V2
            + " with "
            + V1
            + ": the old version (2) must come before"
            + " the new one (1); swap the arguments\n",
        run.err());
  }
}
