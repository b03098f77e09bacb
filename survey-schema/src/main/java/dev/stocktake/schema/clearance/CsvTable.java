package dev.stocktake.schema.clearance;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.stocktake.schema.Problem;
import dev.stocktake.schema.SchemaException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small CSV file with a header, read whole, each record with the line it starts on (a quoted cell
 * may span lines). Header names are matched without case or surrounding spaces.
 */
public record CsvTable(String display, List<String> header, List<Row> rows) {

  /** One record: the line it starts on in the file, and its cells by header name. */
  public record Row(int line, Map<String, String> cells) {
    /** The cell of a column, stripped; empty when the column or the cell is missing. */
    public String get(String column) {
      String value = cells.get(column);
      return value == null ? "" : value.strip();
    }
  }

  /**
   * Reads {@code file}, shown in messages as {@code display}.
   *
   * @throws SchemaException when the file cannot be read or is not CSV
   */
  public static CsvTable read(Path file, String display) {
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    List<String> header = null;
    List<Row> rows = new ArrayList<>();
    int next = 1;
    try (MappingIterator<String[]> lines =
        mapper.readerFor(String[].class).readValues(file.toFile())) {
      while (lines.hasNextValue()) {
        String[] cells = lines.nextValue();
        // A quoted cell may span lines: a record starts on the line where the one before ended.
        int line = next;
        next = lines.getParser().currentLocation().getLineNr();
        if (cells.length == 0 || (cells.length == 1 && cells[0].isBlank())) {
          continue;
        }
        if (header == null) {
          header = new ArrayList<>();
          for (String name : cells) {
            header.add(name.strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT));
          }
          continue;
        }
        Map<String, String> byName = new HashMap<>();
        for (int i = 0; i < Math.min(cells.length, header.size()); i++) {
          byName.putIfAbsent(header.get(i), cells[i]);
        }
        rows.add(new Row(line, byName));
      }
    } catch (JacksonException e) {
      // Located at the record being read: the parser notices an unclosed quote only at the end.
      throw new SchemaException(
          List.of(
              new Problem(
                  display,
                  next,
                  0,
                  "",
                  "not readable as CSV: "
                      + e.getOriginalMessage()
                      + "; save the file as CSV (UTF-8, comma-separated)")),
          e);
    } catch (IOException e) {
      throw new SchemaException(
          List.of(new Problem(display, 0, 0, "", "cannot be read: " + e.getMessage())), e);
    }
    return new CsvTable(display, header == null ? List.of() : header, rows);
  }

  /** A problem at the header line, when a required column is missing; null when all are there. */
  public Problem missingColumns(List<String> required, String expected) {
    List<String> missing = required.stream().filter(c -> !header.contains(c)).toList();
    if (missing.isEmpty()) {
      return null;
    }
    return new Problem(
        display,
        1,
        0,
        "",
        (header.isEmpty() ? "the file is empty" : "the header has no " + String.join(", ", missing))
            + "; the first line must name the columns "
            + expected);
  }
}
