package dev.stocktake.etl.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DescriptivesTest {
  @Test
  void oddNumberOfValues() {
    // quantile(c(7, 1, 3, 10, 4), type = 7): positions 2 and 4 of 1 3 4 7 10.
    assertEquals(new Descriptives(5, 5, 4, 3, 7), Descriptives.of(new double[] {7, 1, 3, 10, 4}));
  }

  @Test
  void evenNumberOfValuesInterpolate() {
    // Sorted 1 2.5 4 4 6 8: the median averages 4 and 4; q1 sits at position 2.25, q3 at 4.75.
    Descriptives d = Descriptives.of(new double[] {2.5, 1, 8, 4, 4, 6});
    assertEquals(4.0, d.median());
    assertEquals(2.875, d.q1(), 1e-15);
    assertEquals(5.5, d.q3(), 1e-15);
  }

  @Test
  void countsPerValueAreTheSameAsTheValues() {
    Descriptives counted =
        Descriptives.ofCounts(new double[] {1, 2, 3, 4, 5}, new long[] {0, 4, 9, 3, 0});
    double[] raw = new double[16];
    for (int i = 0; i < 16; i++) {
      raw[i] = i < 4 ? 2 : i < 13 ? 3 : 4;
    }
    assertEquals(Descriptives.of(raw), counted);
    assertEquals(new Descriptives(16, 2.9375, 3, 2.75, 3), counted);
  }

  @Test
  void noValuesGiveNaN() {
    Descriptives d = Descriptives.ofCounts(new double[] {1, 2}, new long[] {0, 0});
    assertEquals(0, d.n());
    assertTrue(Double.isNaN(d.mean()) && Double.isNaN(d.median()));
    assertTrue(Double.isNaN(d.q1()) && Double.isNaN(d.q3()));
  }

  @Test
  void valuesMustIncrease() {
    assertEquals(
        "descriptives: values[1] = 1.0; values must be finite and strictly increasing",
        assertThrows(
                IllegalArgumentException.class,
                () -> Descriptives.ofCounts(new double[] {2, 1}, new long[] {1, 1}))
            .getMessage());
  }
}
