package dev.stocktake.schema.xlsform.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.stocktake.schema.xlsform.internal.RawSheet.RawRow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads pyxform's one-file layouts, CSV and Markdown tables: a row whose first cell is filled names
 * a sheet, and the rows after it, whose first cell is empty, are that sheet's rows (without the
 * first cell). Row numbers are the file's line numbers. In a CSV, one apostrophe before text a
 * spreadsheet would run as a formula is taken away, as {@link FormulaText} wrote it.
 */
public final class FlatSheets {
  private FlatSheets() {}

  public static List<RawSheet> readCsv(Path file, String display) {
    String text = decode(InputLimits.readLimited(file, display, InputLimits.MAX_TEXT_FILE_BYTES));
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    List<RawRow> lines = new ArrayList<>();
    int next = 1;
    try (MappingIterator<String[]> records = mapper.readerFor(String[].class).readValues(text)) {
      while (records.hasNextValue()) {
        String[] cells = records.nextValue();
        // A quoted cell may span lines: a record starts on the line where the one before ended.
        int line = next;
        next = records.getParser().currentLocation().getLineNr();
        lines.add(new RawRow(line, Arrays.asList(cells)));
      }
    } catch (JacksonException e) {
      throw FormErrors.at(
          display,
          "",
          next,
          0,
          "",
          "not readable as CSV: "
              + e.getOriginalMessage()
              + "; save the form as CSV (UTF-8, comma-separated)");
    } catch (IOException e) {
      throw FormErrors.file(display, "cannot be read: " + e.getMessage(), e);
    }
    return restoreFormulaText(split(lines));
  }

  /** The text of the CSV's label, hint and title cells as written before {@link FormulaText}. */
  private static List<RawSheet> restoreFormulaText(List<RawSheet> sheets) {
    List<RawSheet> out = new ArrayList<>();
    for (RawSheet sheet : sheets) {
      List<RawRow> rows = new ArrayList<>();
      List<String> header = sheet.rows().isEmpty() ? List.of() : sheet.rows().get(0).cells();
      for (RawRow row : sheet.rows()) {
        if (rows.isEmpty()) {
          rows.add(row);
          continue;
        }
        List<String> cells = new ArrayList<>(row.cells());
        for (int c = 0; c < cells.size() && c < header.size(); c++) {
          if (FormulaText.isTextColumn(header.get(c))) {
            cells.set(c, FormulaText.restore(cells.get(c)));
          }
        }
        rows.add(new RawRow(row.number(), cells));
      }
      out.add(new RawSheet(sheet.name(), rows));
    }
    return out;
  }

  public static List<RawSheet> readMarkdown(Path file, String display) {
    String text = decode(InputLimits.readLimited(file, display, InputLimits.MAX_TEXT_FILE_BYTES));
    List<RawRow> lines = new ArrayList<>();
    String[] all = text.split("\r?\n|\r", -1);
    for (int i = 0; i < all.length; i++) {
      String line = all[i].strip();
      // Skip anything that is not a table row, and the |---|---| rule of standard Markdown.
      if (!line.startsWith("|") || line.matches("\\|[\\s:|-]*-[\\s:|-]*\\|?")) {
        continue;
      }
      List<String> cells = new ArrayList<>(Arrays.asList(line.substring(1).split("\\|", -1)));
      if (!cells.isEmpty() && line.endsWith("|") && line.length() > 1) {
        cells.remove(cells.size() - 1);
      }
      lines.add(new RawRow(i + 1, cells));
    }
    return split(lines);
  }

  /**
   * Splits the rows of a one-file layout into sheets; rows before the first sheet name are lost.
   */
  static List<RawSheet> split(List<RawRow> lines) {
    List<RawSheet> sheets = new ArrayList<>();
    String name = null;
    List<RawRow> rows = new ArrayList<>();
    for (RawRow line : lines) {
      if (line.isBlank()) {
        continue;
      }
      if (!line.cell(0).isEmpty()) {
        if (name != null) {
          sheets.add(new RawSheet(name, rows));
        }
        name = line.cell(0);
        rows = new ArrayList<>();
      } else if (name != null) {
        rows.add(new RawRow(line.number(), line.cells().subList(1, line.cells().size())));
      }
    }
    if (name != null) {
      sheets.add(new RawSheet(name, rows));
    }
    return sheets;
  }

  private static String decode(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
