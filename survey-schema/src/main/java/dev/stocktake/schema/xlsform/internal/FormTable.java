package dev.stocktake.schema.xlsform.internal;

import dev.stocktake.schema.xlsform.internal.RawSheet.RawRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One sheet of a form with its header understood: the first non-empty row is the header, every
 * later non-empty row is a data row.
 */
public record FormTable(String sheet, int headerRow, List<Column> columns, List<RawRow> rows) {

  public FormTable {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  /**
   * The table of {@code raw}, called {@code sheet} in notes; {@code aliases} rename keys on this
   * sheet only (e.g. value).
   */
  public static FormTable of(String sheet, RawSheet raw, Map<String, String> aliases) {
    if (raw.rows().isEmpty()) {
      return new FormTable(sheet, 0, List.of(), List.of());
    }
    RawRow header = raw.rows().get(0);
    List<Column> columns = new ArrayList<>();
    for (String cell : header.cells()) {
      Column c = Column.parse(cell);
      String key = aliases.getOrDefault(c.key(), c.key());
      columns.add(new Column(key, c.language(), c.written()));
    }
    return new FormTable(sheet, header.number(), columns, raw.rows().subList(1, raw.rows().size()));
  }

  /** The 0-based index of the first column with {@code key}, if any. */
  public Optional<Integer> index(String key) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).key().equals(key)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  public boolean has(String key) {
    return index(key).isPresent();
  }

  /** The cell of the first column with {@code key}; empty when there is no such column. */
  public String get(RawRow row, String key) {
    return index(key).map(row::cell).orElse("");
  }

  /** The cells of every column with {@code key}, by the language as written ("" = default). */
  public Map<String, String> texts(RawRow row, String key) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      Column c = columns.get(i);
      if (c.key().equals(key) && !row.cell(i).isEmpty()) {
        out.putIfAbsent(c.language(), row.cell(i));
      }
    }
    return out;
  }

  /** The 1-based column number of {@code key}, for messages (0 when absent). */
  public int columnNumber(String key) {
    return index(key).map(i -> i + 1).orElse(0);
  }
}
