package dev.stocktake.schema.xlsform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Hostile and broken files are refused with one clear sentence, before they cost memory. */
class XlsFormLimitsTest {
  private static final Path REFUSED = Path.of("src/test/resources/xlsform/refused");

  @TempDir Path temp;

  @Test
  void aZipBombIsRefused() throws IOException {
    Path bomb = temp.resolve("bomb.xlsx");
    // 16 MB of spaces compress about a thousand times: far beyond the 1:100 inflate ratio.
    rewriteSheet(bomb, xml -> xml.replaceFirst("\\?>", "?>" + " ".repeat(16 * 1024 * 1024)));
    XlsFormException e = assertThrows(XlsFormException.class, () -> XlsForms.read(bomb));
    assertEquals(
        bomb
            + " refused: an entry of the workbook expands more than 100 times or beyond 64 MB (a"
            + " zip bomb); save the form again from a spreadsheet program",
        e.getMessage());
  }

  @Test
  void aDoctypeIsRefused() throws IOException {
    Path doctype = temp.resolve("doctype.xlsx");
    rewriteSheet(
        doctype, xml -> xml.replaceFirst("\\?>", "?><!DOCTYPE worksheet [<!ENTITY lol \"lol\">]>"));
    XlsFormException e = assertThrows(XlsFormException.class, () -> XlsForms.read(doctype));
    assertEquals(
        doctype
            + " refused: the workbook's XML declares a DOCTYPE, which a spreadsheet program never"
            + " writes and which can hide entity attacks; save the form again from a spreadsheet"
            + " program",
        e.getMessage());
  }

  @Test
  void aTextFormOverTwentyMegabytesIsRefusedUnread() throws IOException {
    Path big = temp.resolve("big.csv");
    try (OutputStream out = Files.newOutputStream(big)) {
      byte[] line = "survey,,\n".getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 21 * 1024 * 1024 / line.length + 1; i++) {
        out.write(line);
      }
    }
    XlsFormException e = assertThrows(XlsFormException.class, () -> XlsForms.read(big));
    assertEquals(
        big
            + " refused: the file has "
            + String.format(java.util.Locale.ROOT, "%,d", Files.size(big))
            + " bytes, more than the limit of 20,971,520 for a form; a survey form is far"
            + " smaller, so this is probably not one",
        e.getMessage());
  }

  @Test
  void aFileThatIsNotAWorkbookIsRefused() throws IOException {
    Path fake = temp.resolve("fake.xlsx");
    Files.writeString(fake, "type,name\n");
    XlsFormException e = assertThrows(XlsFormException.class, () -> XlsForms.read(fake));
    assertEquals(
        fake + " not readable as an .xlsx workbook (NotOfficeXmlFileException",
        e.getMessage().substring(0, fake.toString().length() + 61));
  }

  static Stream<Path> refusedForms() throws IOException {
    try (Stream<Path> files = Files.list(REFUSED)) {
      return files.filter(f -> !f.toString().endsWith(".expected")).sorted().toList().stream();
    }
  }

  /** Each file in resources/xlsform/refused/ is refused with the message in its .expected. */
  @ParameterizedTest
  @MethodSource("refusedForms")
  void theRefusedCorpus(Path form) throws IOException {
    Path expected = Path.of(form.toString().replaceFirst("\\.[^.]+$", ".expected"));
    XlsFormException e = assertThrows(XlsFormException.class, () -> XlsForms.read(form));
    assertEquals(
        Files.readString(expected).strip().replace("FILE", form.toString()), e.getMessage());
  }

  /** A real workbook from POI whose first sheet's XML is changed by {@code edit}. */
  private void rewriteSheet(Path target, UnaryOperator<String> edit) throws IOException {
    Path plain = temp.resolve("plain.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(plain)) {
      var sheet = workbook.createSheet("survey");
      sheet.createRow(0).createCell(0).setCellValue("type");
      sheet.createRow(1).createCell(0).setCellValue("text");
      workbook.write(out);
    }
    try (ZipFile zip = new ZipFile(plain.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        byte[] bytes = zip.getInputStream(entry).readAllBytes();
        if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
          bytes =
              edit.apply(new String(bytes, StandardCharsets.UTF_8))
                  .getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new ZipEntry(entry.getName()));
        out.write(bytes);
        out.closeEntry();
      }
    }
  }
}
