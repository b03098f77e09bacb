package dev.stocktake.etl.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TwoProportionsTest {
  @Test
  void thirtyOfAHundredAgainstFortyFiveOfAHundredAndTen() {
    // prop.test(c(30, 45), c(100, 110), correct = FALSE)
    TestResult r = TwoProportions.test(30, 100, 45, 110);
    assertEquals("two-proportions", r.test());
    assertEquals(2.7151515151515166, r.statistic(), 1e-14);
    assertEquals(1.0, r.df());
    assertEquals(0.099399532161655438, r.p(), 1e-15);
    assertEquals("difference-of-proportions", r.effectName());
    assertEquals(45.0 / 110 - 0.3, r.effect(), 1e-15);
  }

  @Test
  void theDifferenceIsSecondMinusFirst() {
    assertTrue(TwoProportions.test(1, 10, 9, 10).effect() > 0);
    assertTrue(TwoProportions.test(9, 10, 1, 10).effect() < 0);
  }

  @Test
  void noVariationOrAnEmptyGroupIsNotATest() {
    TestResult none = TwoProportions.test(0, 12, 0, 15);
    assertEquals(TestResult.Status.NOT_APPLICABLE, none.status());
    assertEquals(1.0, none.p());
    assertEquals(0.0, none.effect());
    assertEquals(TestResult.Status.NOT_APPLICABLE, TwoProportions.test(12, 12, 15, 15).status());
    TestResult empty = TwoProportions.test(0, 0, 3, 5);
    assertEquals(TestResult.Status.NOT_APPLICABLE, empty.status());
    assertTrue(Double.isNaN(empty.effect()));
  }

  @Test
  void moreSuccessesThanTrialsAreRejected() {
    assertEquals(
        "two-proportions: x1 = 3, n1 = 2, x2 = 0, n2 = 1; need 0 <= x <= n in each group",
        assertThrows(IllegalArgumentException.class, () -> TwoProportions.test(3, 2, 0, 1))
            .getMessage());
  }
}
