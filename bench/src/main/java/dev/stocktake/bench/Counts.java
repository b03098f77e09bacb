package dev.stocktake.bench;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Reads Stocktake's counts from distributions.csv and compares two sets of counts exactly. */
final class Counts {
  private static final int SHOWN = 5;

  private Counts() {}

  /**
   * The result: cells compared (the union of both sides' keys), how many differ and the first few
   * differences in key order.
   */
  record Comparison(long cells, long differing, List<String> firstDifferences) {
    Comparison {
      firstDifferences = List.copyOf(firstDifferences);
    }

    boolean identical() {
      return differing == 0;
    }
  }

  /** The {@code share} rows of distributions.csv for {@code questions}, as counts by cell. */
  static Map<CountKey, Long> fromDistributions(Path csv, Set<String> questions) {
    Map<CountKey, Long> out = new HashMap<>();
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CSVReader reader = new CSVReader(in)) {
      String[] header = reader.readNext();
      List<String> names = List.of(header);
      int question = names.indexOf("question");
      int round = names.indexOf("round");
      int group = names.indexOf("group");
      int kind = names.indexOf("kind");
      int value = names.indexOf("value");
      int respondents = names.indexOf("respondents");
      String[] row;
      while ((row = reader.readNext()) != null) {
        if (row[kind].equals("share") && questions.contains(row[question])) {
          out.put(
              new CountKey(row[round], row[group], row[question], row[value]),
              Long.parseLong(row[respondents]));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + csv, e);
    } catch (CsvValidationException e) {
      throw new IllegalStateException(csv + ": " + e.getMessage(), e);
    }
    return out;
  }

  static Comparison compare(Map<CountKey, Long> stocktake, Map<CountKey, Long> duckdb) {
    Set<CountKey> keys = new TreeSet<>(stocktake.keySet());
    keys.addAll(duckdb.keySet());
    long differing = 0;
    List<String> shown = new ArrayList<>();
    for (CountKey k : keys) {
      Long a = stocktake.get(k);
      Long b = duckdb.get(k);
      if (!java.util.Objects.equals(a, b)) {
        differing++;
        if (shown.size() < SHOWN) {
          shown.add(
              k
                  + ": stocktake="
                  + (a == null ? "none" : a)
                  + " duckdb="
                  + (b == null ? "none" : b));
        }
      }
    }
    return new Comparison(keys.size(), differing, shown);
  }
}
