package dev.stocktake.reports.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV file the compare stage wrote (RFC 4180: quotes doubled, fields may span lines), read back
 * by column name. Cells the writer prefixed with {@code '} against formula injection get their
 * prefix back off, so labels and values round-trip.
 */
final class CsvTable {
  private final Path file;
  private final Map<String, Integer> columns = new HashMap<>();
  private final List<List<String>> rows;

  private CsvTable(Path file, List<List<String>> records) {
    this.file = file;
    if (records.isEmpty()) {
      throw new ReportInputException(file + ": the file is empty; it needs a header line");
    }
    List<String> header = records.get(0);
    for (int i = 0; i < header.size(); i++) {
      columns.put(header.get(i), i);
    }
    this.rows = records.subList(1, records.size());
  }

  static CsvTable read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
    return new CsvTable(file, parse(text));
  }

  List<List<String>> rows() {
    return rows;
  }

  /** The cell of {@code column} in {@code row}; empty when the row is short. */
  String cell(List<String> row, String column) {
    Integer at = columns.get(column);
    if (at == null) {
      throw new ReportInputException(
          file + ": no column \"" + column + "\"; run the compare stage again to rewrite it");
    }
    return at < row.size() ? unneutralise(row.get(at)) : "";
  }

  private static String unneutralise(String cell) {
    if (cell.length() >= 2 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0) {
      return cell.substring(1);
    }
    return cell;
  }

  static List<List<String>> parse(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
        any = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        any = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (any || field.length() > 0) {
          fields.add(field.toString());
          records.add(List.copyOf(fields));
        }
        fields.clear();
        field.setLength(0);
        any = false;
      } else {
        field.append(c);
        any = true;
      }
    }
    if (any || field.length() > 0) {
      fields.add(field.toString());
      records.add(List.copyOf(fields));
    }
    return records;
  }
}
