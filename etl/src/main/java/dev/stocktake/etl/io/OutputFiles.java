package dev.stocktake.etl.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * The small files stages write beside their Parquet: CSV with formula-like cells neutralised
 * ({@link CsvCells}), LF line ends and quotes only where needed; and JSON in snake_case, indented,
 * map keys sorted, so the same findings give the same bytes.
 */
public final class OutputFiles {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
          .enable(SerializationFeature.INDENT_OUTPUT);

  private OutputFiles() {}

  /** Writes {@code header} then every row's first {@code header.size()} fields; nulls as "". */
  public static void csv(Path file, List<String> header, Iterator<Row> rows) {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVWriter csv =
            new CSVWriter(
                out,
                ICSVWriter.DEFAULT_SEPARATOR,
                ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                "\n")) {
      csv.writeNext(header.toArray(String[]::new), false);
      while (rows.hasNext()) {
        Row r = rows.next();
        String[] cells = new String[header.size()];
        for (int i = 0; i < cells.length; i++) {
          cells[i] = CsvCells.neutralise(r.isNullAt(i) ? "" : String.valueOf(r.get(i)));
        }
        csv.writeNext(cells, false);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + file, e);
    }
  }

  public static void json(Path file, Object value) {
    try {
      Files.writeString(file, JSON.writeValueAsString(value) + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + file, e);
    }
  }
}
