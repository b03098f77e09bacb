package dev.stocktake.schema.xlsform.internal;

import dev.stocktake.schema.xlsform.internal.RawSheet.RawRow;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads the sheets of an .xlsx workbook with POI, each cell as the text a user sees in it. */
public final class XlsxSheets {
  private XlsxSheets() {}

  public static List<RawSheet> read(Path file, String display) {
    InputLimits.checkSize(file, display, InputLimits.MAX_XLSX_BYTES);
    InputLimits.guardZip();
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
      DataFormatter formatter = new DataFormatter(Locale.ROOT);
      List<RawSheet> sheets = new ArrayList<>();
      for (Sheet sheet : workbook) {
        sheets.add(new RawSheet(sheet.getSheetName(), rows(sheet, formatter)));
      }
      return sheets;
    } catch (IOException | InvalidFormatException | RuntimeException e) {
      throw refusal(display, e);
    }
  }

  private static List<RawRow> rows(Sheet sheet, DataFormatter formatter) {
    List<RawRow> rows = new ArrayList<>();
    for (Row row : sheet) {
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
        cells.add(text(row.getCell(c), formatter));
      }
      RawRow raw = new RawRow(row.getRowNum() + 1, cells);
      if (!raw.isBlank()) {
        rows.add(raw);
      }
    }
    return rows;
  }

  /** A formula cell reads as its cached result: forms are data, nothing is recalculated. */
  private static String text(Cell cell, DataFormatter formatter) {
    if (cell == null) {
      return "";
    }
    if (cell.getCellType() == CellType.FORMULA) {
      return switch (cell.getCachedFormulaResultType()) {
        case STRING -> cell.getStringCellValue();
        case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
        case NUMERIC -> formatter.formatRawCellContents(cell.getNumericCellValue(), -1, "General");
        default -> "";
      };
    }
    return formatter.formatCellValue(cell);
  }

  private static RuntimeException refusal(String display, Exception e) {
    if (e instanceof dev.stocktake.schema.xlsform.XlsFormException refused) {
      return refused;
    }
    String chain = messages(e);
    if (chain.contains("zip bomb")) {
      return FormErrors.file(
          display,
          "refused: an entry of the workbook expands more than "
              + Math.round(1 / InputLimits.MIN_INFLATE_RATIO)
              + " times or beyond "
              + InputLimits.MAX_ENTRY_BYTES / (1024 * 1024)
              + " MB (a zip bomb); save the form again from a spreadsheet program",
          e);
    }
    if (chain.contains("doctype")) {
      return FormErrors.file(
          display,
          "refused: the workbook's XML declares a DOCTYPE, which a spreadsheet program never"
              + " writes and which can hide entity attacks; save the form again from a spreadsheet"
              + " program",
          e);
    }
    return FormErrors.file(
        display,
        "not readable as an .xlsx workbook ("
            + e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage()))
            + "); save the form as .xlsx (Excel 2007 or later), or as pyxform .csv",
        e);
  }

  private static String messages(Throwable e) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      all.append(' ').append(t.getMessage());
    }
    return all.toString().toLowerCase(Locale.ROOT);
  }

  private static String firstLine(String message) {
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }
}
