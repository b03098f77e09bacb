package dev.stocktake.schema.xlsform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.stocktake.schema.SurveySchema;
import dev.stocktake.schema.io.DocumentReader;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A schema whose title, group label, question labels and hints and choice labels start like
 * spreadsheet formulas ({@code =HYPERLINK(...)}, {@code @SUM(1)}, {@code +CMD|...}, {@code -@cmd}),
 * written by to-xlsform: no cell of the form runs as a formula when opened in a spreadsheet, and
 * from-xlsform reads every text back as written.
 */
class XlsFormsFormulaTextTest {
  static final Path SCHEMA = Path.of("src/test/resources/xlsform/formula-text/v1.yaml");
  static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");

  /**
   * Cells of the fixture's form that start like a formula: the English title twice (form_title and
   * stocktake::title::en), the French title, the group label, two choice labels, the two labels and
   * two hints of pick, and the label and hint of comment.
   */
  static final int FORMULA_LIKE_TEXTS = 12;

  @TempDir Path temp;

  @Test
  void anXlsxHoldsFormulaLikeTextInStringCellsAndReadsItBack() throws Exception {
    SurveySchema original = new DocumentReader().readSurvey(SCHEMA).value();
    Path form = temp.resolve("form.xlsx");
    XlsForms.write(original, form);

    int cells = 0;
    int formulaLike = 0;
    try (InputStream in = Files.newInputStream(form);
        Workbook workbook = new XSSFWorkbook(in)) {
      for (Sheet sheet : workbook) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            cells++;
            assertNotEquals(CellType.FORMULA, cell.getCellType(), cell.getAddress().toString());
            if (cell.getCellType() == CellType.STRING && formulaLike(cell.getStringCellValue())) {
              formulaLike++;
            }
          }
        }
      }
    }
    assertEquals(FORMULA_LIKE_TEXTS, formulaLike, "formula-like texts in string cells");
    assertEquals(XlsForms.asCarried(original), XlsForms.read(form).schema());
    System.out.println(
        "XlsFormsFormulaTextTest xlsx: "
            + cells
            + " cells, 0 formulas, "
            + formulaLike
            + " formula-like texts as string cells, read back equal");
  }

  @Test
  void aCsvPutsAnApostropheBeforeFormulaLikeTextAndReadsItBack() throws Exception {
    SurveySchema original = new DocumentReader().readSurvey(SCHEMA).value();
    Path form = temp.resolve("form.csv");
    XlsForms.write(original, form);

    int cells = 0;
    int neutralised = 0;
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    List<String[]> rows;
    try (MappingIterator<String[]> read =
        mapper.readerFor(String[].class).readValues(Files.readString(form))) {
      rows = read.readAll();
    }
    for (String[] row : rows) {
      for (String cell : row) {
        cells++;
        assertFalse(formulaLike(cell), "a spreadsheet would run " + cell);
        if (cell.startsWith("'") && formulaLike(cell.substring(1))) {
          neutralised++;
        }
      }
    }
    assertEquals(FORMULA_LIKE_TEXTS, neutralised, "cells with an apostrophe before a formula");
    // Text that already starts with apostrophes gets one more; plain numbers stay numbers.
    assertEquals(List.of("''=1+1", "'''@x"), labelsOfChoice(rows, "quoted"));
    assertEquals(List.of("-5", "+3"), labelsOfChoice(rows, "minus"));
    assertEquals(XlsForms.asCarried(original), XlsForms.read(form).schema());
    System.out.println(
        "XlsFormsFormulaTextTest csv: "
            + cells
            + " cells, "
            + neutralised
            + " formula-like texts written with an apostrophe, 0 left bare, read back equal");
  }

  /** The two label cells of a choice's row in the CSV layout (sheet, list_name, name, labels). */
  private static List<String> labelsOfChoice(List<String[]> rows, String code) {
    return rows.stream()
        .filter(r -> r.length > 4 && r[1].equals("answers") && r[2].equals(code))
        .map(r -> List.of(r[3], r[4]))
        .findFirst()
        .orElseThrow();
  }

  /** Whether a spreadsheet opening this cell would read it as a formula (CsvCells' rule). */
  private static boolean formulaLike(String cell) {
    return !cell.isEmpty()
        && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0
        && !NUMBER.matcher(cell).matches();
  }
}
