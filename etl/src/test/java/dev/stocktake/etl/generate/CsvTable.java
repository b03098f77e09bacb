package dev.stocktake.etl.generate;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A generated CSV file read back: its header and its rows as column-to-value maps, in order. */
record CsvTable(List<String> header, List<Map<String, String>> rows) {

  static CsvTable read(Path file) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVReader csv = new CSVReader(in)) {
      List<String[]> lines = csv.readAll();
      List<String> header = List.of(lines.get(0));
      List<Map<String, String>> rows = new ArrayList<>();
      for (String[] line : lines.subList(1, lines.size())) {
        if (line.length != header.size()) {
          throw new AssertionError(
              file
                  + ": row "
                  + rows.size()
                  + " has "
                  + line.length
                  + " fields, not "
                  + header.size());
        }
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < line.length; i++) {
          row.put(header.get(i), line[i]);
        }
        rows.add(row);
      }
      return new CsvTable(header, List.copyOf(rows));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (CsvException e) {
      throw new AssertionError(file + " is not valid CSV: " + e.getMessage(), e);
    }
  }

  List<String> column(String name) {
    return rows.stream().map(r -> r.get(name)).toList();
  }
}
