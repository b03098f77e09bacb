package dev.stocktake.etl.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MannWhitneyTest {
  @Test
  void samplesWithTies() {
    // wilcox.test(c(1, 2, 2, 3, 3, 3, 5), c(2, 3, 4, 4, 5, 5), exact = FALSE, correct = TRUE)
    TestResult r =
        MannWhitney.fromSamples(
            new double[] {1, 2, 2, 3, 3, 3, 5}, new double[] {2, 3, 4, 4, 5, 5});
    assertEquals("mann-whitney", r.test());
    assertEquals(10.5, r.statistic());
    assertEquals(0.14227224462081109, r.p(), 1e-15);
    assertEquals("rank-biserial", r.effectName());
    assertEquals(2 * 10.5 / 42 - 1, r.effect(), 1e-15);
    assertTrue(Double.isNaN(r.df()));
  }

  @Test
  void countsPerLevelAreTheSameTestAsTheSamples() {
    // The samples above as counts over the levels 1..5.
    TestResult counts =
        MannWhitney.fromCounts(new long[] {1, 2, 3, 0, 1}, new long[] {0, 1, 1, 2, 2});
    TestResult samples =
        MannWhitney.fromSamples(
            new double[] {1, 2, 2, 3, 3, 3, 5}, new double[] {2, 3, 4, 4, 5, 5});
    assertEquals(samples, counts);
  }

  @Test
  void theEffectIsPositiveWhenXTendsToBeLarger() {
    assertEquals(1.0, MannWhitney.fromSamples(new double[] {5, 6}, new double[] {1, 2}).effect());
    assertEquals(-1.0, MannWhitney.fromSamples(new double[] {1}, new double[] {2}).effect());
  }

  @Test
  void allAnswersIdenticalGivePOneWhereRGivesNaN() {
    TestResult r = MannWhitney.fromCounts(new long[] {0, 0, 7, 0, 0}, new long[] {0, 0, 4, 0, 0});
    assertEquals(TestResult.Status.NO_VARIATION, r.status());
    assertEquals(14.0, r.statistic()); // n1·n2/2, as R reports it
    assertEquals(1.0, r.p());
    assertEquals(0.0, r.effect());
  }

  @Test
  void minusZeroAndZeroAreOneValue() {
    TestResult r = MannWhitney.fromSamples(new double[] {-0.0}, new double[] {0.0});
    assertEquals(TestResult.Status.NO_VARIATION, r.status());
  }

  @Test
  void anEmptySampleIsNotATest() {
    TestResult r = MannWhitney.fromSamples(new double[0], new double[] {1, 2});
    assertEquals(TestResult.Status.NOT_APPLICABLE, r.status());
    assertEquals(1.0, r.p());
  }

  @Test
  void badInputIsRejected() {
    assertEquals(
        "mann-whitney: x has 2 levels, y has 3; give counts over the same levels",
        assertThrows(
                IllegalArgumentException.class,
                () -> MannWhitney.fromCounts(new long[] {1, 2}, new long[] {1, 2, 3}))
            .getMessage());
    assertEquals(
        "mann-whitney: y[1] = NaN; values must be finite",
        assertThrows(
                IllegalArgumentException.class,
                () -> MannWhitney.fromSamples(new double[] {1}, new double[] {2, Double.NaN}))
            .getMessage());
  }
}
