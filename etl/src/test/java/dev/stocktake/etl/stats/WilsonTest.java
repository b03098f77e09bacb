package dev.stocktake.etl.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WilsonTest {
  @Test
  void seventeenOfForty() {
    // prop.test(17, 40, correct = FALSE)$conf.int
    Wilson.Interval ci = Wilson.interval(17, 40);
    assertEquals(0.28509392559950375, ci.lower(), 1e-15);
    assertEquals(0.57804931458008924, ci.upper(), 1e-15);
  }

  @Test
  void noneAndAllHitTheBoundsExactlyAsInR() {
    assertEquals(0.0, Wilson.interval(0, 10).lower());
    assertEquals(0.27753279986288915, Wilson.interval(0, 10).upper(), 1e-15);
    assertEquals(1.0, Wilson.interval(10, 10).upper());
  }

  @Test
  void aHigherLevelGivesAWiderInterval() {
    Wilson.Interval ninety = Wilson.interval(17, 40, 0.90);
    Wilson.Interval ninetyNine = Wilson.interval(17, 40, 0.99);
    assertTrue(ninetyNine.lower() < ninety.lower() && ninety.upper() < ninetyNine.upper());
  }

  @Test
  void noTrialsGiveNoInterval() {
    Wilson.Interval ci = Wilson.interval(0, 0);
    assertTrue(Double.isNaN(ci.lower()) && Double.isNaN(ci.upper()));
  }

  @Test
  void impossibleCountsAreRejected() {
    assertEquals(
        "wilson: x = 11, n = 10; need 0 <= x <= n",
        assertThrows(IllegalArgumentException.class, () -> Wilson.interval(11, 10)).getMessage());
    assertEquals(
        "wilson: confidence = 1.0; need a level strictly between 0 and 1",
        assertThrows(IllegalArgumentException.class, () -> Wilson.interval(1, 10, 1.0))
            .getMessage());
  }
}
