package dev.stocktake.schema.findings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SmallCellsTest {
  private static final boolean X = true;
  private static final boolean O = false;

  @Test
  void oneSmallCellHidesItsRowAndColumnPartners() {
    long[][] table = {
      {3, 10, 13},
      {12, 20, 32},
      {15, 30, 45}
    };
    boolean[][] hidden = SmallCells.suppress(table, 5);
    assertArrayEquals(new boolean[] {X, X, O}, hidden[0]);
    assertArrayEquals(new boolean[] {X, X, O}, hidden[1]);
    assertArrayEquals(new boolean[] {O, O, O}, hidden[2]);
  }

  @Test
  void nothingIsHiddenWithoutSmallCellsAndZerosAreShown() {
    long[][] table = {
      {0, 10, 10},
      {12, 20, 32},
      {12, 30, 42}
    };
    boolean[][] hidden = SmallCells.suppress(table, 5);
    for (boolean[] row : hidden) {
      assertArrayEquals(new boolean[] {O, O, O}, row);
    }
  }

  @Test
  void aSmallTotalIsHiddenToo() {
    long[][] table = {
      {2, 1, 3},
      {10, 20, 30},
      {12, 21, 33}
    };
    boolean[][] hidden = SmallCells.suppress(table, 5);
    assertArrayEquals(new boolean[] {X, X, X}, hidden[0]);
    assertEquals(O, hidden[2][2], "the grand total stays");
    assertNoLineWithOneHidden(hidden);
  }

  @Test
  void theThresholdIsASetting() {
    long[][] table = {
      {7, 10, 17},
      {12, 20, 32},
      {19, 30, 49}
    };
    assertEquals(O, SmallCells.suppress(table, 5)[0][0]);
    assertEquals(X, SmallCells.suppress(table, 10)[0][0]);
  }

  /** Whatever the table, no row or column is left with exactly one hidden entry. */
  @Test
  void noHiddenCountCanBeHadBySubtractionOnRandomTables() {
    Random random = new Random(7);
    for (int trial = 0; trial < 500; trial++) {
      int rows = 2 + random.nextInt(5);
      int columns = 2 + random.nextInt(5);
      long[][] table = new long[rows + 1][columns + 1];
      for (int r = 0; r < rows; r++) {
        for (int c = 0; c < columns; c++) {
          long n = random.nextInt(4) == 0 ? random.nextInt(5) : random.nextInt(40);
          table[r][c] = n;
          table[r][columns] += n;
          table[rows][c] += n;
          table[rows][columns] += n;
        }
      }
      boolean[][] hidden = SmallCells.suppress(table, 5);
      for (int r = 0; r <= rows; r++) {
        for (int c = 0; c <= columns; c++) {
          if (table[r][c] > 0 && table[r][c] < 5) {
            assertEquals(X, hidden[r][c], "every small count is hidden");
          }
        }
      }
      assertNoLineWithOneHidden(hidden);
    }
  }

  @Test
  void aBadThresholdIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> SmallCells.suppress(new long[][] {}, 0));
  }

  private static void assertNoLineWithOneHidden(boolean[][] hidden) {
    for (boolean[] row : hidden) {
      assertNotOne(row);
    }
    for (int c = 0; c < hidden[0].length; c++) {
      boolean[] column = new boolean[hidden.length];
      for (int r = 0; r < hidden.length; r++) {
        column[r] = hidden[r][c];
      }
      assertNotOne(column);
    }
  }

  private static void assertNotOne(boolean[] line) {
    int n = 0;
    for (boolean b : line) {
      n += b ? 1 : 0;
    }
    assertEquals(false, n == 1, "a line with exactly one hidden entry");
  }

  @Test
  void aLineHidesItsSmallCountWithThePartnerThatWouldGiveItAway() {
    assertArrayEquals(
        new boolean[] {false, true, true, false, false},
        SmallCells.suppressLine(new long[] {20, 12, 3, 15, 50}, 5));
  }

  @Test
  void aLineWithTwoSmallCountsNeedsNoPartnerAndZerosStay() {
    assertArrayEquals(
        new boolean[] {false, true, true, false, false},
        SmallCells.suppressLine(new long[] {20, 2, 3, 0, 25}, 5));
  }

  @Test
  void aLineWhoseOnlyCountIsSmallHidesItsTotal() {
    assertArrayEquals(
        new boolean[] {true, false, true}, SmallCells.suppressLine(new long[] {3, 0, 3}, 5));
  }

  /** A total compare hid (its count unknown, read as 0) takes the smallest count with it. */
  @Test
  void aLineWithAWithheldTotalHidesAPartnerAndNeverReadsTheWithheldCount() {
    assertArrayEquals(
        new boolean[] {false, true, false, true},
        SmallCells.suppressLine(
            new long[] {20, 12, 15, -1}, new boolean[] {false, false, false, true}, 5));
  }

  @Test
  void aLineCompareAlreadyClosedKeepsItsOtherCounts() {
    assertArrayEquals(
        new boolean[] {false, true, true, false},
        SmallCells.suppressLine(
            new long[] {20, 0, 0, 27}, new boolean[] {false, true, true, false}, 5));
  }

  @Test
  void withheldEntriesMustMatchTheLine() {
    assertThrows(
        IllegalArgumentException.class,
        () -> SmallCells.suppressLine(new long[] {1, 2}, new boolean[] {false}, 5));
  }

  @Test
  void aTableOfOneRowOrOneColumnIsALine() {
    assertArrayEquals(
        new boolean[][] {{true}, {true}, {false}},
        SmallCells.suppress(new long[][] {{3}, {20}, {23}}, 5),
        "else 23 − 20 gives the 3 away");
    assertArrayEquals(
        new boolean[][] {{true, true, false}}, SmallCells.suppress(new long[][] {{3, 20, 23}}, 5));
  }
}
