package dev.stocktake.etl.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FisherExactTest {
  @Test
  void theLadyTastingTea() {
    // Of the 70 tables with these margins, 1 + 16 + 16 + 1 are as or less probable than 9 of 70.
    TestResult r = FisherExact.twoByTwo(3, 1, 1, 3);
    assertEquals("fisher-exact", r.test());
    assertEquals(34.0 / 70, r.p(), 1e-15);
    assertEquals("odds-ratio", r.effectName());
    assertEquals(9.0, r.effect());
    assertTrue(Double.isNaN(r.statistic()) && Double.isNaN(r.df()));
  }

  @Test
  void smallExpectedCounts() {
    // fisher.test(matrix(c(1, 11, 9, 3), 2))$p.value
    assertEquals(0.0027594561852200836, FisherExact.twoByTwo(1, 9, 11, 3).p(), 1e-15);
  }

  @Test
  void zeroCellsGiveAZeroInfiniteOrUndefinedOddsRatio() {
    assertEquals(0.0, FisherExact.twoByTwo(0, 5, 5, 0).effect());
    assertEquals(Double.POSITIVE_INFINITY, FisherExact.twoByTwo(5, 0, 0, 5).effect());
    assertTrue(Double.isNaN(FisherExact.twoByTwo(0, 0, 3, 4).effect()));
  }

  @Test
  void marginsThatAllowOneTableGivePOne() {
    assertEquals(1.0, FisherExact.twoByTwo(0, 0, 3, 4).p());
    assertEquals(1.0, FisherExact.twoByTwo(0, 0, 0, 0).p());
  }

  @Test
  void millionsNeitherOverflowNorLoseTheTail() {
    // fisher.test(matrix(c(1200000, 1190000, 800000, 810000), 2))$p.value
    assertEquals(
        2.0932405211264001e-24,
        FisherExact.twoByTwo(1_200_000, 800_000, 1_190_000, 810_000).p(),
        1e-9 * 2.0932405211264001e-24);
    assertEquals(0.0, FisherExact.twoByTwo(50_000, 10, 10, 50_000).p());
  }

  @Test
  void negativeCountsAreRejected() {
    assertEquals(
        "fisher-exact: a = 1, b = -1, c = 0, d = 2; counts must be >= 0",
        assertThrows(IllegalArgumentException.class, () -> FisherExact.twoByTwo(1, -1, 0, 2))
            .getMessage());
  }
}
