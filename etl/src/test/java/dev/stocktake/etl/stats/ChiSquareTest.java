package dev.stocktake.etl.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChiSquareTest {
  @Test
  void twoRoundsTwoChoices() {
    // chisq.test(matrix(c(20, 18, 15, 11), 2), correct = FALSE)
    TestResult r = ChiSquare.homogeneity(new long[][] {{20, 15}, {18, 11}});
    assertEquals("chi-square", r.test());
    assertEquals(0.15955006880596717, r.statistic(), 1e-15);
    assertEquals(1.0, r.df());
    assertEquals(0.68957109560995899, r.p(), 1e-15);
    assertEquals("cramers-v", r.effectName());
    assertEquals(Math.sqrt(0.15955006880596717 / 64), r.effect(), 1e-15);
    assertEquals(TestResult.Status.OK, r.status());
  }

  @Test
  void perfectAssociationHasVOne() {
    TestResult r = ChiSquare.homogeneity(new long[][] {{1, 0}, {0, 1}});
    assertEquals(2.0, r.statistic(), 1e-15);
    assertEquals(1.0, r.effect(), 1e-15);
  }

  @Test
  void aChoiceNobodyTookAndAGroupWithoutAnswersAreDropped() {
    TestResult reduced = ChiSquare.homogeneity(new long[][] {{20, 15}, {18, 11}});
    TestResult full = ChiSquare.homogeneity(new long[][] {{20, 0, 15}, {0, 0, 0}, {18, 0, 11}});
    assertEquals(reduced, full);
  }

  @Test
  void oneRoundOrOneChoiceIsNotATest() {
    for (long[][] table :
        new long[][][] {{{20, 15, 5}, {0, 0, 0}}, {{0, 12}, {0, 30}}, {}, {{4}}}) {
      TestResult r = ChiSquare.homogeneity(table);
      assertFalse(r.applicable());
      assertEquals(TestResult.Status.NOT_APPLICABLE, r.status());
      assertEquals(1.0, r.p());
      assertTrue(Double.isNaN(r.statistic()) && Double.isNaN(r.df()) && Double.isNaN(r.effect()));
    }
  }

  @Test
  void aPThatUnderflowsIsZeroNotNaN() {
    TestResult r = ChiSquare.homogeneity(new long[][] {{3_000_000, 1}, {1, 3_000_000}});
    assertEquals(0.0, r.p());
  }

  @Test
  void badTablesAreRejected() {
    assertEquals(
        "chi-square: counts[1] has 1 columns, counts[0] has 2; the table must be rectangular",
        assertThrows(
                IllegalArgumentException.class,
                () -> ChiSquare.homogeneity(new long[][] {{1, 2}, {3}}))
            .getMessage());
    assertEquals(
        "chi-square: counts[0][1] = -2; counts must be >= 0",
        assertThrows(
                IllegalArgumentException.class,
                () -> ChiSquare.homogeneity(new long[][] {{1, -2}, {3, 4}}))
            .getMessage());
  }
}
