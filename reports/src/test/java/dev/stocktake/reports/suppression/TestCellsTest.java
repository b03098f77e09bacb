package dev.stocktake.reports.suppression;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stocktake.schema.findings.Comparison;
import dev.stocktake.schema.findings.Distribution;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestCellsTest {
  private static Distribution share(String question, String round, String value, long n, long of) {
    return new Distribution(
        question,
        round,
        "all",
        "share",
        value,
        n,
        of,
        0L,
        n / (double) of,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  private static Comparison test(
      String question, String choice, String design, String effectName, long from, long to) {
    return new Comparison(
        question,
        "2020",
        "2022",
        "all",
        design,
        "t",
        choice,
        from,
        to,
        1.0,
        1.0,
        0.5,
        0.5,
        effectName,
        0.03,
        List.of(),
        null,
        List.of());
  }

  /** The leak this guards against: 4 of 67 hidden in 2020, 7 of 80 shown in 2022. */
  private static final TestCells CHANNELS =
      TestCells.of(
          List.of(
              share("channels", "2020", "file_sharing", 4, 67),
              share("channels", "2020", "video", 30, 67),
              share("channels", "2022", "file_sharing", 7, 80),
              share("channels", "2022", "video", 77, 80),
              share("channels", "2020", "forums", 0, 67),
              share("channels", "2022", "forums", 5, 80)));

  @Test
  void aChoiceFewChoseInEitherRoundHidesItsTest() {
    Comparison fileSharing =
        test("channels", "file_sharing", "independent", "difference_of_proportions", 67, 80);
    assertTrue(CHANNELS.hidesACount(fileSharing, 5));
  }

  @Test
  void aChoiceFewDidNotChooseHidesItsTestToo() {
    // 77 of 80 chose video in 2022: the 3 who did not would follow from the share.
    Comparison video =
        test("channels", "video", "independent", "difference_of_proportions", 67, 80);
    assertTrue(CHANNELS.hidesACount(video, 5));
  }

  @Test
  void noneAndEnoughAreShown() {
    Comparison forums =
        test("channels", "forums", "independent", "difference_of_proportions", 67, 80);
    assertFalse(CHANNELS.hidesACount(forums, 5));
  }

  @Test
  void theCommunityEditionHidesNothing() {
    Comparison fileSharing =
        test("channels", "file_sharing", "independent", "difference_of_proportions", 67, 80);
    assertFalse(CHANNELS.hidesACount(fileSharing, 1));
  }

  @Test
  void aYesNoProportionTestIsAboutYes() {
    TestCells cells =
        TestCells.of(
            List.of(
                share("has_protocol", "2020", "yes", 3, 40),
                share("has_protocol", "2020", "no", 37, 40),
                share("has_protocol", "2022", "yes", 20, 40),
                share("has_protocol", "2022", "no", 20, 40)));
    assertTrue(
        cells.hidesACount(test("has_protocol", null, "panel", "change_of_proportion", 40, 40), 5));
  }

  @Test
  void testsOverAllTheAnswersAreLeftToTheNumbersOfAnswers() {
    TestCells cells =
        TestCells.of(
            List.of(
                share("status", "2020", "planned", 2, 30),
                share("status", "2020", "implemented", 28, 30),
                share("status", "2022", "planned", 10, 30),
                share("status", "2022", "implemented", 20, 30)));
    assertFalse(cells.hidesACount(test("status", null, "independent", "cramers_v", 30, 30), 5));
    assertFalse(cells.hidesACount(test("status", null, "independent", "rank_biserial", 30, 30), 5));
  }
}
