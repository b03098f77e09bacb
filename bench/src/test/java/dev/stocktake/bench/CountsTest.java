package dev.stocktake.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CountsTest {
  private static final CountKey GOV_DONE = new CountKey("2020", "gov", "status", "done");
  private static final CountKey ALL_DONE = new CountKey("2020", "all", "status", "done");
  private static final CountKey ALL_NEW = new CountKey("2020", "all", "status", "new");

  @Test
  void identicalCountsAgreeInEveryCell() {
    Counts.Comparison c =
        Counts.compare(Map.of(GOV_DONE, 3L, ALL_DONE, 5L), Map.of(ALL_DONE, 5L, GOV_DONE, 3L));
    assertTrue(c.identical());
    assertEquals(2, c.cells());
    assertEquals(List.of(), c.firstDifferences());
  }

  @Test
  void aDifferentCountAndAMissingCellAreReported() {
    Counts.Comparison c =
        Counts.compare(Map.of(GOV_DONE, 3L, ALL_DONE, 5L), Map.of(ALL_DONE, 6L, ALL_NEW, 1L));
    assertFalse(c.identical());
    assertEquals(3, c.cells());
    assertEquals(3, c.differing());
    assertEquals(
        List.of(
            "round=2020 group=all question=status value=done: stocktake=5 duckdb=6",
            "round=2020 group=all question=status value=new: stocktake=none duckdb=1",
            "round=2020 group=gov question=status value=done: stocktake=3 duckdb=none"),
        c.firstDifferences());
  }

  @Test
  void atMostFiveDifferencesAreShown() {
    Map<CountKey, Long> many = new java.util.HashMap<>();
    for (int i = 0; i < 8; i++) {
      many.put(new CountKey("2020", "all", "q", "v" + i), 1L);
    }
    Counts.Comparison c = Counts.compare(many, Map.of());
    assertEquals(8, c.differing());
    assertEquals(5, c.firstDifferences().size());
  }

  @Test
  void readsTheShareRowsOfTheNamedQuestions(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("distributions.csv");
    Files.writeString(
        csv,
        "question,round,group,kind,value,respondents,answered,missing,share\n"
            + "status,2020,gov,share,done,3,4,0,0.75\n"
            + "status,2020,gov,summary,,4,4,0,\n"
            + "staff,2020,gov,share,12,1,4,0,0.25\n");
    assertEquals(Map.of(GOV_DONE, 3L), Counts.fromDistributions(csv, Set.of("status")));
  }
}
