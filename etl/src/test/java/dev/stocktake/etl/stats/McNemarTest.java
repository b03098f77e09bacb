package dev.stocktake.etl.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class McNemarTest {
  @Test
  void presidentialApproval() {
    // Agresti's example: mcnemar.test(matrix(c(794, 150, 86, 570), 2))
    TestResult r = McNemar.test(794, 86, 150, 570);
    assertEquals("mcnemar", r.test());
    assertEquals(63.0 * 63 / 236, r.statistic(), 1e-14);
    assertEquals(1.0, r.df());
    assertEquals(4.1145622813459436e-05, r.p(), 1e-9 * 4.1145622813459436e-05);
    assertEquals("change-of-proportion", r.effectName());
    assertEquals(64.0 / 1600, r.effect(), 1e-15); // approval rose from 880 to 944 of 1600
  }

  @Test
  void equalDiscordantCountsAreNotCorrected() {
    TestResult r = McNemar.test(10, 4, 4, 12);
    assertEquals(0.0, r.statistic());
    assertEquals(1.0, r.p());
  }

  @Test
  void noDiscordantPairsIsNotATest() {
    TestResult r = McNemar.test(8, 0, 0, 5);
    assertEquals(TestResult.Status.NOT_APPLICABLE, r.status());
    assertEquals(1.0, r.p());
    assertEquals(0.0, r.effect());
    assertTrue(Double.isNaN(McNemar.test(0, 0, 0, 0).effect()));
  }
}
