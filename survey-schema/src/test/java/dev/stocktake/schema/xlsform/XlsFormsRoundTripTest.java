package dev.stocktake.schema.xlsform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stocktake.schema.SurveySchema;
import dev.stocktake.schema.io.DocumentReader;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class XlsFormsRoundTripTest {
  private static final Path SURVEYS =
      Path.of("../examples/christchurch-call-consultation/surveys/ccc-community-consultation");

  @TempDir Path temp;

  @ParameterizedTest
  @CsvSource({"v1.yaml, xlsx", "v1.yaml, csv", "v2.yaml, xlsx", "v2.yaml, csv"})
  void theExampleSchemasComeBackEqualExceptLineageAndRetired(String file, String format) {
    SurveySchema original = new DocumentReader().readSurvey(SURVEYS.resolve(file)).value();
    Path form = temp.resolve("form." + format);

    XlsFormExport export = XlsForms.write(original, form);
    XlsFormImport back = XlsForms.read(form);

    assertEquals(List.of(), back.unmapped());
    assertEquals(XlsForms.asCarried(original), back.schema());
    assertEquals(original.questions().size(), export.questions());
    assertEquals(original.choiceLists().size(), export.choiceLists());
    assertEquals(original.languages(), export.languages());
  }

  @ParameterizedTest
  @ValueSource(strings = {"v1.yaml", "v2.yaml"})
  void whatIsNotCarriedIsReported(String file) {
    SurveySchema original = new DocumentReader().readSurvey(SURVEYS.resolve(file)).value();
    XlsFormExport export = XlsForms.write(original, temp.resolve("form.xlsx"));
    long withLineage = original.questions().stream().filter(q -> q.lineage() != null).count();
    assertEquals(withLineage + original.retired().size(), export.notCarried().size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"v1.yaml", "v2.yaml"})
  void theWorkbookUsesStandardSheetsAndTypes(String file) throws Exception {
    SurveySchema original = new DocumentReader().readSurvey(SURVEYS.resolve(file)).value();
    Path form = temp.resolve("form.xlsx");
    XlsForms.write(original, form);

    try (InputStream in = Files.newInputStream(form);
        Workbook workbook = new XSSFWorkbook(in)) {
      List<String> sheets = new ArrayList<>();
      workbook.forEach(s -> sheets.add(s.getSheetName()));
      assertEquals(List.of("survey", "choices", "settings"), sheets);
      Sheet survey = workbook.getSheet("survey");
      DataFormatter text = new DataFormatter();
      assertEquals("type", text.formatCellValue(survey.getRow(0).getCell(0)));
      assertEquals("name", text.formatCellValue(survey.getRow(0).getCell(1)));
      assertEquals("label::English (en)", text.formatCellValue(survey.getRow(0).getCell(2)));
      assertEquals("label::French (fr)", text.formatCellValue(survey.getRow(0).getCell(3)));
      Set<String> types = new LinkedHashSet<>();
      for (Row row : survey) {
        if (row.getRowNum() > 0) {
          types.add(
              text.formatCellValue(row.getCell(0))
                  .replaceFirst(" .*", "")
                  .replace("begin", "begin group")
                  .replace("end", "end group"));
          String type = text.formatCellValue(row.getCell(0));
          assertTrue(
              type.matches(
                  "select_one [a-z_]+|select_multiple [a-z_]+|integer|decimal|text|date"
                      + "|begin group|end group"),
              type);
        }
      }
      assertEquals(
          Set.of(
              "select_one",
              "select_multiple",
              "integer",
              "decimal",
              "text",
              "date",
              "begin group",
              "end group"),
          types);
      Sheet settings = workbook.getSheet("settings");
      assertEquals("form_id", text.formatCellValue(settings.getRow(0).getCell(0)));
      assertEquals(
          "ccc-community-consultation", text.formatCellValue(settings.getRow(1).getCell(0)));
      assertEquals(
          String.valueOf(original.version()), text.formatCellValue(settings.getRow(1).getCell(1)));
    }
  }
}
