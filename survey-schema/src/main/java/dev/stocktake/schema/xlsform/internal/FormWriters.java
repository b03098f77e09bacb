package dev.stocktake.schema.xlsform.internal;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.stocktake.schema.xlsform.internal.RawSheet.RawRow;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes sheets as an .xlsx workbook or as pyxform's one-file CSV layout. Both write to a temporary
 * file beside the target and then move it, so a failed write leaves no half a form.
 */
public final class FormWriters {
  private FormWriters() {}

  public static void writeXlsx(List<RawSheet> sheets, Path target) throws IOException {
    Path temp = temp(target);
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(temp)) {
      XSSFCellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      for (RawSheet raw : sheets) {
        Sheet sheet = workbook.createSheet(raw.name());
        for (RawRow rawRow : raw.rows()) {
          Row row = sheet.createRow(rawRow.number() - 1);
          for (int c = 0; c < rawRow.cells().size(); c++) {
            String value = rawRow.cells().get(c);
            if (!value.isEmpty() || rawRow.number() == 1) {
              row.createCell(c).setCellValue(value);
              if (rawRow.number() == 1) {
                row.getCell(c).setCellStyle(bold);
              }
            }
          }
        }
        sheet.createFreezePane(0, 1);
      }
      workbook.write(out);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
    move(temp, target);
  }

  /**
   * pyxform's CSV layout: a row naming each sheet, then its rows shifted one column right. Text
   * that a spreadsheet would run as a formula gets a leading apostrophe ({@link FormulaText}).
   */
  public static void writeCsv(List<RawSheet> sheets, Path target) throws IOException {
    int width = 1;
    for (RawSheet sheet : sheets) {
      for (RawRow row : sheet.rows()) {
        width = Math.max(width, row.cells().size() + 1);
      }
    }
    List<String[]> lines = new ArrayList<>();
    for (RawSheet sheet : sheets) {
      String[] title = new String[width];
      java.util.Arrays.fill(title, "");
      title[0] = sheet.name();
      lines.add(title);
      List<String> header = sheet.rows().isEmpty() ? List.of() : sheet.rows().get(0).cells();
      for (int r = 0; r < sheet.rows().size(); r++) {
        List<String> cells = sheet.rows().get(r).cells();
        String[] line = new String[width];
        java.util.Arrays.fill(line, "");
        for (int c = 0; c < cells.size(); c++) {
          // A spreadsheet would run a label such as =HYPERLINK(...) in a CSV: write it as text.
          boolean text = r > 0 && c < header.size() && FormulaText.isTextColumn(header.get(c));
          line[c + 1] = text ? FormulaText.neutralise(cells.get(c)) : cells.get(c);
        }
        lines.add(line);
      }
    }
    Path temp = temp(target);
    CsvMapper mapper = new CsvMapper();
    try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
      mapper
          .writerFor(String[].class)
          .with(CsvSchema.emptySchema().withLineSeparator("\n"))
          .writeValues(out)
          .writeAll(lines)
          .close();
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
    move(temp, target);
  }

  private static Path temp(Path target) throws IOException {
    Path folder = target.toAbsolutePath().getParent();
    return Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
  }
}
