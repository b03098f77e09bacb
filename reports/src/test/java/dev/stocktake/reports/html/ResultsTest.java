package dev.stocktake.reports.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stocktake.reports.suppression.TestCells;
import dev.stocktake.schema.findings.Comparison;
import dev.stocktake.schema.findings.Distribution;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultsTest {
  /** "File sharing" chosen by 4 of 67 in 2020 (hidden in the table) and 7 of 80 in 2022. */
  private static final TestCells CELLS =
      TestCells.of(
          List.of(
              new Distribution(
                  "channels",
                  "2020",
                  "all",
                  "share",
                  "file_sharing",
                  4L,
                  67L,
                  0L,
                  4 / 67.0,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null),
              new Distribution(
                  "channels",
                  "2022",
                  "all",
                  "share",
                  "file_sharing",
                  7L,
                  80L,
                  0L,
                  7 / 80.0,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null)));

  private static final Comparison FILE_SHARING =
      new Comparison(
          "channels",
          "2020",
          "2022",
          "all",
          "independent",
          "two_proportion",
          "file_sharing",
          67L,
          80L,
          0.1,
          null,
          0.7,
          0.9,
          "difference_of_proportions",
          0.03,
          List.of(),
          null,
          List.of());

  // The test reads only the edition's threshold and the cells, not labels or messages.
  private static Page page(boolean publicEdition) {
    return new Page(null, null, publicEdition, 5, CELLS);
  }

  @Test
  void aTestOfAChoiceTheTableHidesIsNotShownInThePublicEdition() {
    assertFalse(Results.shown(page(true), FILE_SHARING));
  }

  @Test
  void itsNumbersOfAnswersAreNotTooFew() {
    assertTrue(Results.enoughAnswers(page(true), FILE_SHARING));
  }

  @Test
  void theCommunityEditionShowsIt() {
    assertTrue(Results.shown(page(false), FILE_SHARING));
  }

  /** As the public edition's compare stage writes a test it withheld: no figures, a note. */
  private static Comparison withheld(Long nFrom, Long nTo) {
    return new Comparison(
        "channels",
        "2020",
        "2022",
        "all",
        "independent",
        "chi_square",
        null,
        nFrom,
        nTo,
        null,
        null,
        null,
        null,
        "cramers_v",
        null,
        List.of(),
        "suppressed",
        List.of());
  }

  @Test
  void aWithheldTestIsNotShownAndSaysItWouldRevealACount() {
    assertFalse(Results.shown(page(true), withheld(67L, 80L)));
    assertEquals("suppressed", Results.notShownReason(page(true), withheld(67L, 80L)));
    assertEquals("suppressed", Results.notShownReason(page(true), withheld(null, 80L)));
    assertFalse(Results.enoughAnswers(page(true), withheld(null, 80L)), "a hidden n is not enough");
  }

  @Test
  void aChoiceTheTableHidesSaysItWouldRevealACountButFewAnswersSayTooFew() {
    assertEquals("suppressed", Results.notShownReason(page(true), FILE_SHARING));
    assertEquals("too_few", Results.notShownReason(page(true), withheld(3L, 80L)));
  }
}
