package dev.stocktake.etl.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TestResultTest {
  @Test
  void aPIsNeverNaN() {
    assertEquals(
        "mcnemar: p = NaN is not in [0, 1]",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    new TestResult(
                        "mcnemar",
                        0,
                        1,
                        Double.NaN,
                        "change-of-proportion",
                        0,
                        TestResult.Status.OK))
            .getMessage());
  }
}
