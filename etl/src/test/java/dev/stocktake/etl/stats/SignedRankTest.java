package dev.stocktake.etl.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SignedRankTest {
  // Second answer minus first of nine respondents on a 1..5 scale: three did not move.
  static final double[] DIFFERENCES = {1, 0, -1, 2, 0, -1, 2, 2, 0};

  @Test
  void zerosAreDroppedAndTiesShareTheirRanks() {
    // wilcox.test(x, y, paired = TRUE, exact = FALSE, correct = TRUE) with x - y as above.
    // |d| ranks: the three 1s share rank 2, the three 2s rank 5, so V = 2 + 5 + 5 + 5 = 17.
    TestResult r = SignedRank.fromDifferences(DIFFERENCES);
    assertEquals("wilcoxon-signed-rank", r.test());
    assertEquals(17.0, r.statistic());
    assertEquals(0.19825639744335732, r.p(), 1e-15);
    assertEquals("matched-pairs-rank-biserial", r.effectName());
    assertEquals((17.0 - 4.0) / 21, r.effect(), 1e-15); // (V − (T − V)) / T with T = 21
  }

  @Test
  void countsOfDifferencesAreTheSameTestAsTheDifferences() {
    TestResult counts = SignedRank.fromDifferenceCounts(Map.of(-1, 2L, 0, 3L, 1, 1L, 2, 3L));
    assertEquals(SignedRank.fromDifferences(DIFFERENCES), counts);
  }

  @Test
  void allDifferencesZeroGivePOneWhereRGivesNaN() {
    TestResult r = SignedRank.fromDifferenceCounts(Map.of(0, 8L));
    assertEquals(TestResult.Status.NO_VARIATION, r.status());
    assertEquals(0.0, r.statistic());
    assertEquals(1.0, r.p());
    assertEquals(0.0, r.effect());
  }

  @Test
  void noPairsIsNotATest() {
    TestResult r = SignedRank.fromDifferences(new double[0]);
    assertEquals(TestResult.Status.NOT_APPLICABLE, r.status());
    assertEquals(1.0, r.p());
    assertTrue(Double.isNaN(r.effect()));
  }

  @Test
  void theEffectIsPositiveWhenTheFirstOfEachPairIsLarger() {
    assertEquals(1.0, SignedRank.fromDifferences(new double[] {1, 2, 3}).effect());
    assertEquals(-1.0, SignedRank.fromDifferences(new double[] {-1, -2, -3}).effect());
  }

  @Test
  void badInputIsRejected() {
    assertEquals(
        "wilcoxon-signed-rank: count of difference 2 = -1; counts must be >= 0",
        assertThrows(
                IllegalArgumentException.class,
                () -> SignedRank.fromDifferenceCounts(Map.of(2, -1L)))
            .getMessage());
    assertEquals(
        "wilcoxon-signed-rank: differences[0] = Infinity; values must be finite",
        assertThrows(
                IllegalArgumentException.class,
                () -> SignedRank.fromDifferences(new double[] {Double.POSITIVE_INFINITY}))
            .getMessage());
  }
}
