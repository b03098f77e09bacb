package dev.stocktake.reports.view;

import java.util.List;

/**
 * A row of a table: a header cell naming it, then its cells.
 *
 * @param total a row of totals, set apart
 */
public record Row(String header, List<Cell> cells, boolean total) {
  public Row {
    cells = List.copyOf(cells);
  }
}
