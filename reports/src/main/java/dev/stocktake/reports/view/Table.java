package dev.stocktake.reports.view;

import java.util.List;

/**
 * An accessible data table: a caption, column headings (the first heads the row headers) and rows.
 */
public record Table(String caption, List<String> columns, List<Row> rows) {
  public Table {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }
}
