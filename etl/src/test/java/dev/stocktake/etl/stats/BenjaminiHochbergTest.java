package dev.stocktake.etl.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BenjaminiHochbergTest {
  @Test
  void fourPValues() {
    // p.adjust(c(0.01, 0.04, 0.03, 0.005), "BH")
    assertArrayEquals(
        new double[] {0.02, 0.04, 0.04, 0.02},
        BenjaminiHochberg.adjust(new double[] {0.01, 0.04, 0.03, 0.005}),
        1e-16);
  }

  @Test
  void nanStaysNanAndDoesNotCount() {
    double[] p = {0.01, Double.NaN, 0.04, 0.03, Double.NaN};
    assertArrayEquals(
        new double[] {0.03, Double.NaN, 0.04, 0.04, Double.NaN},
        BenjaminiHochberg.adjust(p),
        1e-16);
    assertEquals(0.01, p[0], "the input is not changed");
  }

  @Test
  void oneCountedValueIsReturnedAsItIs() {
    assertArrayEquals(
        new double[] {Double.NaN, 0.03}, BenjaminiHochberg.adjust(new double[] {Double.NaN, 0.03}));
    assertArrayEquals(new double[0], BenjaminiHochberg.adjust(new double[0]));
  }

  @Test
  void aValueOutsideZeroOneIsRejected() {
    assertEquals(
        "benjamini-hochberg: p[1] = 1.5; p-values must be in [0, 1] or NaN",
        assertThrows(
                IllegalArgumentException.class,
                () -> BenjaminiHochberg.adjust(new double[] {0.1, 1.5}))
            .getMessage());
  }
}
