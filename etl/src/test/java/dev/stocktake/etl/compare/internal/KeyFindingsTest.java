package dev.stocktake.etl.compare.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stocktake.schema.findings.Comparison;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyFindingsTest {
  private static Comparison withEffect(String name, double effect) {
    return new Comparison(
        "q",
        "2020",
        "2022",
        "all",
        "independent",
        "t",
        null,
        1000L,
        1000L,
        1.0,
        1.0,
        1e-30,
        1e-29,
        name,
        effect,
        List.of(),
        null,
        List.of());
  }

  @Test
  void significantButTinyShiftsAreNotKeyFindings() {
    assertFalse(KeyFindings.atLeastSmall(withEffect("rank_biserial", 0.05)));
    assertTrue(KeyFindings.atLeastSmall(withEffect("rank_biserial", -0.12)));
    assertFalse(KeyFindings.atLeastSmall(withEffect("cramers_v", 0.049)));
    assertTrue(KeyFindings.atLeastSmall(withEffect("difference_of_proportions", -0.05)));
    assertFalse(KeyFindings.atLeastSmall(withEffect("odds_ratio", 1.2)));
    assertTrue(KeyFindings.atLeastSmall(withEffect("odds_ratio", 0.5)));
  }
}
