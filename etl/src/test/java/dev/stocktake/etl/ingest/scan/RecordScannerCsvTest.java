package dev.stocktake.etl.ingest.scan;

import static dev.stocktake.etl.ingest.scan.ScanFixtures.csv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RecordScannerCsvTest {

  private static final List<String> ID_NAME = List.of("id", "name");

  private static FileScan scan(String text) throws IOException {
    return csv("test", text).scan();
  }

  private static List<Long> linesOf(FileScan scan) {
    return java.util.stream.LongStream.range(0, scan.records())
        .map(scan.lines()::lineOf)
        .boxed()
        .toList();
  }

  @Nested
  class LineEnds {

    @Test
    void lf() throws IOException {
      FileScan scan = ScanFixtures.LF.scan();
      assertEquals("LF", scan.lineEndings());
      assertEquals(3, scan.physicalLines());
      assertEquals(ID_NAME, scan.header());
      assertEquals(2, scan.records());
      assertEquals(List.of(2L, 3L), linesOf(scan));
      assertEquals(List.of(), scan.problems());
    }

    @Test
    void crlf() throws IOException {
      FileScan scan = ScanFixtures.CRLF.scan();
      assertEquals("CRLF", scan.lineEndings());
      assertEquals(3, scan.physicalLines());
      assertEquals(ID_NAME, scan.header());
      assertEquals(2, scan.records());
      assertEquals(List.of(2L, 3L), linesOf(scan));
      assertEquals(List.of(), scan.problems());
    }

    @Test
    void loneCrEndsLinesAndRecordsInAFileThatStartsWithOne() throws IOException {
      FileScan scan = ScanFixtures.LONE_CR.scan();
      assertEquals("CR", scan.lineEndings());
      assertEquals(3, scan.physicalLines());
      assertEquals(ID_NAME, scan.header());
      assertEquals(2, scan.records());
      assertEquals(List.of(), scan.problems());
    }

    @Test
    void crlfInAnLfFileEndsTheRecordButSparkKeepsTheCr() throws IOException {
      FileScan scan = ScanFixtures.LF_WITH_ONE_CRLF.scan();
      assertEquals("mixed", scan.lineEndings());
      assertEquals(2, scan.records());
      assertEquals(
          List.of(
              new RecordProblem(
                  0,
                  2,
                  RecordProblem.MIXED_LINE_ENDING,
                  "line 2 ends with CRLF, but this file's records end with LF (its first line"
                      + " end); Spark keeps the CR at the end of the last value",
                  "1,Ann\r",
                  false)),
          scan.problems());
    }

    @Test
    void loneCrInAnLfFileJoinsTwoLinesIntoOneRecord() throws IOException {
      FileScan scan = ScanFixtures.LF_WITH_LONE_CR.scan();
      assertEquals("mixed", scan.lineEndings());
      assertEquals(4, scan.physicalLines());
      assertEquals(2, scan.records());
      assertEquals(List.of(2L, 4L), linesOf(scan));
      assertEquals(
          List.of(
              new RecordProblem(
                  0,
                  2,
                  RecordProblem.MIXED_LINE_ENDING,
                  "line 2 ends with a lone CR, but this file's records end with LF (its first"
                      + " line end); Spark reads the CR as part of the value and joins line 3 to"
                      + " this record",
                  "1,Ann\r2,Bob",
                  false)),
          scan.problems());
    }

    @Test
    void loneLfInACrlfFileJoinsTwoLinesIntoOneRecord() throws IOException {
      FileScan scan = ScanFixtures.CRLF_WITH_LONE_LF.scan();
      assertEquals(2, scan.records());
      assertEquals(List.of(2L, 4L), linesOf(scan));
      RecordProblem problem = scan.problems().get(0);
      assertEquals(RecordProblem.MIXED_LINE_ENDING, problem.code());
      assertEquals(
          "line 2 ends with a lone LF, but this file's records end with CRLF (its first line"
              + " end); Spark reads the LF as part of the value and joins line 3 to this record",
          problem.detail());
      assertEquals(1, scan.problems().size());
    }

    @Test
    void loneLfInACrlfFileEndsTheRecordAfterACommaAndAtALineStart() throws IOException {
      // univocity compares with its normalised newline (LF) at a field's start.
      FileScan scan = scan("id,name\r\n1,\n\n2,Bob\r\n");
      assertEquals(2, scan.records());
      assertEquals(1, scan.blankLines());
      assertEquals(List.of(2L, 4L), linesOf(scan));
      assertEquals(List.of(), scan.problems());
    }

    @Test
    void loneLfInACrlfFileEndsTheRecordAfterAClosingQuote() throws IOException {
      FileScan scan = scan("id,name\r\n1,\"Ann\"\n2,Bob\r\n");
      assertEquals(2, scan.records());
      assertEquals(List.of(), scan.problems());
    }

    @Test
    void lineEndsInsideQuotesMakeTheFileMixedButNoProblem() throws IOException {
      FileScan scan = ScanFixtures.CRLF_WITH_LF_IN_QUOTES.scan();
      assertEquals("mixed", scan.lineEndings());
      assertEquals(4, scan.physicalLines());
      assertEquals(2, scan.records());
      assertEquals(List.of(2L, 4L), linesOf(scan));
      assertEquals(List.of(), scan.problems());
    }

    @Test
    void crlfInACrFileEndsTheRecordCleanly() throws IOException {
      FileScan scan = ScanFixtures.CR_WITH_CRLF.scan();
      assertEquals("mixed", scan.lineEndings());
      assertEquals(2, scan.records());
      assertEquals(0, scan.blankLines());
      assertEquals(List.of(), scan.problems());
    }

    @Test
    void theFirstLineEndDecidesEvenInsideQuotes() throws IOException {
      FileScan scan = ScanFixtures.FIRST_LINE_END_IN_QUOTES.scan();
      assertEquals(List.of("id\nnumber", "name\r"), scan.header());
      assertEquals(2, scan.records());
      assertEquals(
          List.of(-1L, 0L, 1L), scan.problems().stream().map(RecordProblem::record).toList());
      assertEquals(List.of(1L, 3L, 4L), scan.problems().stream().map(RecordProblem::line).toList());
      assertTrue(
          scan.problems().stream().allMatch(p -> p.code().equals(RecordProblem.MIXED_LINE_ENDING)));
    }

    @Test
    void aCrlfSplitAcrossChunksIsOneLineEnd() throws IOException {
      for (int pad = 65_520; pad <= 65_540; pad++) {
        FileScan scan = scan("h\r\n" + "x".repeat(pad) + "\r\ny\r\n");
        assertEquals("CRLF", scan.lineEndings(), "pad " + pad);
        assertEquals(3, scan.physicalLines(), "pad " + pad);
        assertEquals(2, scan.records(), "pad " + pad);
        assertEquals(0, scan.blankLines(), "pad " + pad);
      }
    }
  }

  @Nested
  class ByteOrderMarksAndEncodings {

    @Test
    void utf8BomIsDroppedAndReported() throws IOException {
      FileScan scan = ScanFixtures.BOM.scan();
      assertTrue(scan.bom());
      assertEquals(ID_NAME, scan.header());
      assertEquals(1, scan.records());
    }

    @Test
    void aFileOfOnlyABomHasNoHeader() throws IOException {
      FileScan scan = ScanFixtures.BOM_ONLY.scan();
      assertTrue(scan.bom());
      assertEquals(3, scan.bytes());
      assertEquals(0, scan.physicalLines());
      assertEquals("none", scan.lineEndings());
      assertEquals(List.of(), scan.header());
      assertEquals(0, scan.records());
    }

    @Test
    void latin1BytesReadAsUtf8AreReportedNotReplaced() throws IOException {
      FileScan scan = ScanFixtures.LATIN1_READ_AS_UTF8.scan();
      assertEquals("UTF-8", scan.encoding());
      assertEquals(2, scan.records());
      assertEquals(
          List.of(
              new RecordProblem(
                  0,
                  2,
                  RecordProblem.UNDECODABLE_BYTES,
                  "byte 0xE9 is not valid UTF-8 (line 2)",
                  "1,Ren\\xE9",
                  false)),
          scan.problems());
    }

    @Test
    void theSameBytesReadAsLatin1AreFine() throws IOException {
      FileScan scan = ScanFixtures.LATIN1_READ_AS_LATIN1.scan();
      assertEquals("ISO-8859-1", scan.encoding());
      assertEquals(2, scan.records());
      assertEquals(List.of(), scan.problems());
    }

    @Test
    void severalBadBytesInARowAreNamedTogether() throws IOException {
      byte[] bytes = {'i', 'd', '\n', 'a', (byte) 0xC3, (byte) 0x28, '\n'};
      FileScan scan = csv("bad", bytes, java.nio.charset.StandardCharsets.UTF_8).scan();
      RecordProblem problem = scan.problems().get(0);
      assertEquals("byte 0xC3 is not valid UTF-8 (line 2)", problem.detail());
      assertEquals("a\\xC3(", problem.raw());

      byte[] truncated = {'i', 'd', '\n', 'a', (byte) 0xE2, (byte) 0x82};
      FileScan atEnd = csv("bad", truncated, java.nio.charset.StandardCharsets.UTF_8).scan();
      assertEquals(
          "bytes 0xE2 0x82 are not valid UTF-8 (line 2)", atEnd.problems().get(0).detail());
      assertEquals("a\\xE2\\x82", atEnd.problems().get(0).raw());
    }

    @Test
    void aLineOfOnlyABadByteIsARecordNotABlankLine() throws IOException {
      byte[] bytes = {'i', 'd', '\n', (byte) 0xFF, '\n', '2', '\n'};
      FileScan scan = csv("bad", bytes, java.nio.charset.StandardCharsets.UTF_8).scan();
      assertEquals(2, scan.records());
      assertEquals(0, scan.blankLines());
      assertEquals(0, scan.problems().get(0).record());
      assertEquals("\\xFF", scan.problems().get(0).raw());
    }

    @Test
    void anUndecodableHeaderIsReportedAsRecordMinusOne() throws IOException {
      FileScan scan = ScanFixtures.UNDECODABLE_HEADER.scan();
      assertEquals(List.of("id", "pr\uFFFDnom"), scan.header());
      assertEquals(1, scan.records());
      assertEquals(
          List.of(
              new RecordProblem(
                  -1,
                  1,
                  RecordProblem.UNDECODABLE_BYTES,
                  "byte 0xE9 is not valid UTF-8 (line 1)",
                  "id,pr\\xE9nom",
                  false)),
          scan.problems());
    }

    @Test
    void utf16BomIsReportedWhetherTheDecoderOrTheScannerDropsIt() throws IOException {
      for (ScanFixtures.Fixture fixture :
          List.of(ScanFixtures.UTF16_WITH_BOM, ScanFixtures.UTF16LE_WITH_BOM)) {
        FileScan scan = fixture.scan();
        assertTrue(scan.bom(), fixture.name());
        assertEquals(ID_NAME, scan.header(), fixture.name());
        assertEquals(1, scan.records(), fixture.name());
        assertEquals(List.of(), scan.problems(), fixture.name());
      }
    }

    @Test
    void aMultiByteCharacterSplitAcrossReadsDecodes() throws IOException {
      for (int pad = 65_530; pad <= 65_540; pad++) {
        FileScan scan = scan("h\n" + "a".repeat(pad) + "\u00e9\u20ac\n");
        assertEquals(List.of(), scan.problems(), "pad " + pad);
        assertEquals(1, scan.records(), "pad " + pad);
      }
    }
  }

  @Nested
  class Quotes {

    @Test
    void aQuotedFieldSpanningThreeLinesShiftsTheLinesOfLaterRecords() throws IOException {
      FileScan scan = ScanFixtures.QUOTED_NEWLINES.scan();
      assertEquals(6, scan.physicalLines());
      assertEquals(3, scan.records());
      assertEquals(List.of(2L, 5L, 6L), linesOf(scan));
      assertEquals(List.of(), scan.problems());
    }

    @Test
    void doubledQuotesAreQuotes() throws IOException {
      FileScan scan = ScanFixtures.DOUBLED_QUOTES.scan();
      assertEquals(3, scan.records());
      assertEquals(List.of(), scan.problems());
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsAQuote() throws IOException {
      FileScan scan = ScanFixtures.QUOTE_INSIDE_UNQUOTED_FIELD.scan();
      assertEquals(2, scan.records());
      assertEquals(List.of(), scan.problems());
    }

    @Test
    void quotedHeaderNamesAreUnquoted() throws IOException {
      FileScan scan = ScanFixtures.QUOTED_HEADER.scan();
      assertEquals(List.of("id", "full, name"), scan.header());
      assertEquals(List.of(), scan.problems());
    }

    @Test
    void theLineEndThatEndsRecordsIsAnLfInAQuotedHeaderName() throws IOException {
      FileScan scan = ScanFixtures.QUOTED_HEADER_OVER_TWO_CRLF_LINES.scan();
      assertEquals(List.of("id", "full\nname"), scan.header());
      assertEquals(List.of(3L), linesOf(scan));
    }

    @Test
    void aHeaderNameBrokenByAStrayQuoteIsKeptAsWritten() throws IOException {
      FileScan scan = scan("\"id\"x,\"a\"\"b\",,\"open\n");
      assertEquals(List.of("\"id\"x", "a\"b", "", "open\n"), scan.header());
    }

    @Test
    void anUnterminatedQuoteSwallowsTheRestOfTheFile() throws IOException {
      FileScan scan = ScanFixtures.UNTERMINATED_QUOTE.scan();
      assertEquals(2, scan.records());
      assertEquals(
          List.of(
              new RecordProblem(
                  1,
                  3,
                  RecordProblem.UNTERMINATED_QUOTE,
                  "the quote opened on line 3 is never closed, so the rest of the file (to line"
                      + " 4) is one field",
                  "2,\"open\n3,never\n",
                  false)),
          scan.problems());
    }

    @Test
    void anUnterminatedQuoteOutranksAnEarlierProblem() throws IOException {
      FileScan scan = scan("id,note\n1,\"a,b\nc,d\n");
      assertEquals(1, scan.records());
      assertEquals(RecordProblem.UNTERMINATED_QUOTE, scan.problems().get(0).code());
    }

    @Test
    void aStrayQuoteIsReportedAndTheFieldRunsToTheNextComma() throws IOException {
      FileScan scan = ScanFixtures.STRAY_QUOTE.scan();
      assertEquals(2, scan.records());
      assertEquals(
          List.of(
              new RecordProblem(
                  0,
                  2,
                  RecordProblem.STRAY_QUOTE,
                  "the quote closing a field on line 2 is followed by \"t\", not by a comma or a"
                      + " line end; a quote inside a quoted field is written twice (\"\")",
                  "1,\"closed\"then",
                  false)),
          scan.problems());

      FileScan withComma = scan("id,note\n\"a\"b,c\"\n2,ok\n");
      assertEquals(2, withComma.records());
      assertEquals(RecordProblem.STRAY_QUOTE, withComma.problems().get(0).code());
    }

    @Test
    void aSpaceAfterAClosingQuoteIsAStrayQuote() throws IOException {
      FileScan scan = scan("id,note\n1,\"a\" \n");
      assertEquals(
          "the quote closing a field on line 2 is followed by a space, not by a comma or a line"
              + " end; a quote inside a quoted field is written twice (\"\")",
          scan.problems().get(0).detail());
    }

    @Test
    void aStrayQuoteAfterAMultiLineFieldEndsAtTheNextLineEnd() throws IOException {
      FileScan scan = scan("id,note\n\"x\ny\"z\nw\",2\n3,4\n");
      assertEquals(3, scan.records());
      assertEquals(List.of(2L, 4L, 5L), linesOf(scan));
    }

    @Test
    void aQuotePairSplitAcrossChunksIsOneQuote() throws IOException {
      for (int pad = 65_530; pad <= 65_540; pad++) {
        FileScan scan = scan("h\n\"" + "a".repeat(pad) + "\"\"b\"\n");
        assertEquals(List.of(), scan.problems(), "pad " + pad);
        assertEquals(1, scan.records(), "pad " + pad);
      }
    }
  }

  @Nested
  class FieldCounts {

    @Test
    void moreFieldsThanTheHeader() throws IOException {
      FileScan scan = ScanFixtures.MORE_FIELDS.scan();
      assertEquals(2, scan.records());
      assertEquals(
          List.of(
              new RecordProblem(
                  0,
                  2,
                  RecordProblem.WRONG_FIELD_COUNT,
                  "3 fields, the header has 2",
                  "1,Ann,extra",
                  false)),
          scan.problems());
    }

    @Test
    void fewerFieldsThanTheHeader() throws IOException {
      FileScan scan = ScanFixtures.FEWER_FIELDS.scan();
      assertEquals(
          List.of(
              new RecordProblem(
                  0,
                  2,
                  RecordProblem.WRONG_FIELD_COUNT,
                  "2 fields, the header has 3",
                  "1,Ann",
                  false)),
          scan.problems());
    }

    @Test
    void emptyFieldsCount() throws IOException {
      FileScan scan = ScanFixtures.EMPTY_FIELDS.scan();
      assertEquals(3, scan.records());
      assertEquals(List.of(), scan.problems());
    }

    @Test
    void moreFieldsThanSparkAcceptsAreTheirOwnProblem() throws IOException {
      String wide = "x,".repeat(CsvRecordSplitter.SPARK_MAX_COLUMNS) + "x";
      FileScan scan = scan("a,b\n" + wide + "\n");
      RecordProblem problem = scan.problems().get(0);
      assertEquals(RecordProblem.TOO_MANY_FIELDS, problem.code());
      assertEquals(
          "20481 fields; Spark's CSV reader fails the whole file on a record of more than 20480"
              + " (its maxColumns option)",
          problem.detail());
    }
  }

  @Nested
  class EmptyFilesAndBlankLines {

    @Test
    void anEmptyFile() throws IOException {
      FileScan scan = ScanFixtures.EMPTY.scan();
      assertEquals(
          new FileScan(
              "empty",
              "UTF-8",
              0,
              false,
              "none",
              0,
              List.of(),
              0,
              0,
              new RecordLines.Builder().build(),
              List.of()),
          scan);
    }

    @Test
    void headerOnlyWithAndWithoutAFinalNewline() throws IOException {
      FileScan with = ScanFixtures.HEADER_ONLY_WITH_NEWLINE.scan();
      FileScan without = ScanFixtures.HEADER_ONLY_WITHOUT_NEWLINE.scan();
      assertEquals(ID_NAME, with.header());
      assertEquals(ID_NAME, without.header());
      assertEquals(0, with.records());
      assertEquals(0, without.records());
      assertEquals(1, with.physicalLines());
      assertEquals(1, without.physicalLines());
      assertEquals("LF", with.lineEndings());
      assertEquals("none", without.lineEndings());
    }

    @Test
    void aLastRecordWithoutAFinalNewlineCounts() throws IOException {
      FileScan scan = ScanFixtures.NO_FINAL_NEWLINE.scan();
      assertEquals(2, scan.records());
      assertEquals(3, scan.physicalLines());
    }

    @Test
    void blankLinesInTheMiddleAreNotRecordsButShiftLines() throws IOException {
      FileScan scan = ScanFixtures.BLANK_LINES_IN_THE_MIDDLE.scan();
      assertEquals(2, scan.records());
      assertEquals(2, scan.blankLines());
      assertEquals(5, scan.physicalLines());
      assertEquals(List.of(2L, 5L), linesOf(scan));
    }

    @Test
    void blankLinesAtTheEnd() throws IOException {
      FileScan scan = ScanFixtures.BLANK_LINES_AT_THE_END.scan();
      assertEquals(1, scan.records());
      assertEquals(2, scan.blankLines());
      assertEquals(4, scan.physicalLines());
    }

    @Test
    void blankLinesBeforeTheHeader() throws IOException {
      FileScan scan = ScanFixtures.BLANK_LINES_BEFORE_THE_HEADER.scan();
      assertEquals(ID_NAME, scan.header());
      assertEquals(2, scan.blankLines());
      assertEquals(List.of(4L), linesOf(scan));
    }

    @Test
    void aLineOfSpacesIsARecordOfOneField() throws IOException {
      FileScan scan = ScanFixtures.WHITESPACE_ONLY_LINE.scan();
      assertEquals(3, scan.records());
      assertEquals(0, scan.blankLines());
      assertEquals(
          List.of(
              new RecordProblem(
                  1,
                  3,
                  RecordProblem.WRONG_FIELD_COUNT,
                  "1 field, the header has 2",
                  "  \t",
                  false)),
          scan.problems());
    }

    @Test
    void onlyBlankLines() throws IOException {
      FileScan scan = ScanFixtures.ONLY_BLANK_LINES.scan();
      assertEquals(List.of(), scan.header());
      assertEquals(0, scan.records());
      assertEquals(2, scan.blankLines());
      assertEquals(2, scan.physicalLines());
    }
  }

  @Nested
  class BigRecordsAndRawText {

    @Test
    void aOneMegabyteField() throws IOException {
      FileScan scan = ScanFixtures.MEGABYTE_FIELD.scan();
      assertEquals(2, scan.records());
      assertEquals(List.of(2L, 3L), linesOf(scan));
      assertEquals(List.of(), scan.problems());
    }

    @Test
    void aOneMegabyteQuotedFieldOfManyLines() throws IOException {
      FileScan scan = ScanFixtures.MEGABYTE_QUOTED_FIELD.scan();
      assertEquals(2, scan.records());
      assertEquals(List.of(2L, 2L + (1 << 17) + 1), linesOf(scan));
      assertEquals(List.of(), scan.problems());
    }

    @Test
    void rawTextIsCappedPerProblem() throws IOException {
      String broken = "1," + "y".repeat(1 << 20) + ",extra";
      FileScan scan = scan("id,text\n" + broken + "\n2,ok\n");
      RecordProblem problem = scan.problems().get(0);
      assertEquals(RecordProblem.RAW_LIMIT, problem.raw().length());
      assertEquals(broken.substring(0, RecordProblem.RAW_LIMIT), problem.raw());
      assertTrue(problem.rawTruncated());
    }

    @Test
    void aRecordOfExactlyTheLimitIsNotTruncated() throws IOException {
      String broken = "1," + "y".repeat(RecordProblem.RAW_LIMIT - 4) + ",z";
      FileScan scan = scan("id,text\n" + broken + "\n");
      assertEquals(broken, scan.problems().get(0).raw());
      assertFalse(scan.problems().get(0).rawTruncated());
    }

    @Test
    void rawTextIsCappedPerFile() throws IOException {
      int perRecord = RecordProblem.RAW_LIMIT;
      int withRaw = RecordProblem.RAW_BUDGET / perRecord;
      StringBuilder file = new StringBuilder("id,text\n");
      String broken = "y".repeat(perRecord + 10) + "\n";
      for (int i = 0; i < withRaw + 100; i++) {
        file.append(broken);
      }
      FileScan scan = scan(file.toString());
      assertEquals(withRaw + 100, scan.problems().size());
      assertEquals(perRecord, scan.problems().get(withRaw - 1).raw().length());
      RecordProblem beyond = scan.problems().get(withRaw);
      assertEquals("", beyond.raw());
      assertTrue(beyond.rawTruncated());
      assertEquals(
          RecordProblem.RAW_BUDGET,
          scan.problems().stream().mapToLong(p -> p.raw().length()).sum());
    }
  }
}
