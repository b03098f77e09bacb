package dev.stocktake.schema.xlsform.internal;

import java.util.List;

/** One sheet as read from a file: its name and its non-empty rows, each with its row number. */
public record RawSheet(String name, List<RawRow> rows) {
  public RawSheet {
    rows = List.copyOf(rows);
  }

  /** One row: its 1-based number as the user sees it, and its cells left to right, stripped. */
  public record RawRow(int number, List<String> cells) {
    public RawRow {
      cells = cells.stream().map(c -> c == null ? "" : c.strip()).toList();
    }

    public String cell(int index) {
      return index < cells.size() ? cells.get(index) : "";
    }

    public boolean isBlank() {
      return cells.stream().allMatch(String::isEmpty);
    }
  }
}
