package dev.stocktake.etl.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CsvCellsTest {
  @Test
  void formulaLikeCellsBecomeText() {
    assertEquals(
        "'=HYPERLINK(\"http://x\",\"y\")", CsvCells.neutralise("=HYPERLINK(\"http://x\",\"y\")"));
    assertEquals("'+cmd", CsvCells.neutralise("+cmd"));
    assertEquals("'-2+3", CsvCells.neutralise("-2+3"));
    assertEquals("'@SUM(A1)", CsvCells.neutralise("@SUM(A1)"));
    assertEquals("'\tx", CsvCells.neutralise("\tx"));
    assertEquals("'-1E2+cmd|' /C calc'!A0", CsvCells.neutralise("-1E2+cmd|' /C calc'!A0"));
    assertEquals("'-Infinity", CsvCells.neutralise("-Infinity"));
  }

  @Test
  void numbersAndOrdinaryTextStayAsTheyAre() {
    assertEquals("-3", CsvCells.neutralise("-3"));
    assertEquals("+4.5", CsvCells.neutralise("+4.5"));
    assertEquals("-1.5E-4", CsvCells.neutralise("-1.5E-4"));
    assertEquals("-2.0E7", CsvCells.neutralise("-2.0E7"));
    assertEquals("a = b", CsvCells.neutralise("a = b"));
    assertEquals("", CsvCells.neutralise(null));
  }
}
