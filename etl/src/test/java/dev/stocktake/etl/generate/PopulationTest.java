package dev.stocktake.etl.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PopulationTest {

  private static GenerationProfile profile(double responseRate, double panelShare, double growth) {
    return new GenerationProfile(
        null, responseRate, panelShare, growth, null, null, null, null, null, null);
  }

  @Test
  void twoRoundsGrowTowardsTheLastRoundAndKeepAPanel() {
    Population p = new Population(300, 2, profile(0.72, 0.6, 1.25));

    assertEquals(2, p.rounds());
    // 300 / 1.25 = 240 in the first round; it drops its first 40% (96) and 300 respond next.
    assertEquals(240, p.respondents(0));
    assertEquals(300, p.respondents(1));
    assertEquals(0, p.start(0));
    assertEquals(240, p.end(0));
    assertEquals(96, p.start(1));
    assertEquals(396, p.end(1));
    assertEquals(0, p.panel(0));
    assertEquals(144, p.panel(1));
  }

  @Test
  void invitedOnlyFollowsTheResponseRate() {
    Population p = new Population(300, 2, profile(0.72, 0.6, 1.25));

    // 240 * (1 / 0.72 - 1) = 93.3 and 300 * (1 / 0.72 - 1) = 116.7
    assertEquals(93, p.invitedOnly(0));
    assertEquals(117, p.invitedOnly(1));
  }

  @Test
  void everyoneRespondsAtAFullResponseRate() {
    Population p = new Population(300, 2, profile(1.0, 0.6, 1.25));

    assertEquals(0, p.invitedOnly(0));
    assertEquals(0, p.invitedOnly(1));
  }

  @Test
  void halfRespondAtAHalfResponseRate() {
    Population p = new Population(1000, 1, profile(0.5, 0.6, 1.25));

    assertEquals(1000, p.invitedOnly(0));
  }

  @Test
  void roundsOfListsTheRoundsAnOrganisationAnswered() {
    Population p = new Population(300, 2, profile(0.72, 0.6, 1.25));

    assertEquals(List.of(0), p.roundsOf(0));
    assertEquals(List.of(0), p.roundsOf(95));
    assertEquals(List.of(0, 1), p.roundsOf(96));
    assertEquals(List.of(0, 1), p.roundsOf(239));
    assertEquals(List.of(1), p.roundsOf(240));
    assertEquals(List.of(1), p.roundsOf(395));
    assertEquals(List.of(), p.roundsOf(396));
    assertTrue(p.responded(96, 1));
    assertFalse(p.responded(96 + 300, 1));
  }

  @Test
  void threeRoundsChainTheirPanels() {
    Population p = new Population(1000, 3, profile(0.5, 0.5, 2.0));

    assertEquals(
        List.of(250L, 500L, 1000L), List.of(p.respondents(0), p.respondents(1), p.respondents(2)));
    assertEquals(List.of(0L, 125L, 375L), List.of(p.start(0), p.start(1), p.start(2)));
    assertEquals(List.of(250L, 625L, 1375L), List.of(p.end(0), p.end(1), p.end(2)));
    assertEquals(List.of(0L, 125L, 250L), List.of(p.panel(0), p.panel(1), p.panel(2)));
    assertEquals(
        List.of(250L, 500L, 1000L), List.of(p.invitedOnly(0), p.invitedOnly(1), p.invitedOnly(2)));
    // With half the panel leaving each round, nobody answers all three.
    assertEquals(List.of(0, 1), p.roundsOf(249));
    assertEquals(List.of(1), p.roundsOf(250));
    assertEquals(List.of(1, 2), p.roundsOf(375));
    assertEquals(List.of(2), p.roundsOf(625));
  }

  @Test
  void aLargePanelAnswersAllThreeRounds() {
    Population p = new Population(1000, 3, profile(0.5, 0.9, 2.0));

    // Starts: 0, 250 * 0.1 = 25, 25 + 500 * 0.1 = 75.
    assertEquals(List.of(0L, 25L, 75L), List.of(p.start(0), p.start(1), p.start(2)));
    assertEquals(List.of(0L, 225L, 450L), List.of(p.panel(0), p.panel(1), p.panel(2)));
    assertEquals(List.of(0), p.roundsOf(24));
    assertEquals(List.of(0, 1), p.roundsOf(74));
    assertEquals(List.of(0, 1, 2), p.roundsOf(75));
    assertEquals(List.of(0, 1, 2), p.roundsOf(249));
    assertEquals(List.of(1, 2), p.roundsOf(250));
    assertEquals(List.of(2), p.roundsOf(525));
  }

  @Test
  void noPanelMeansNewRespondentsOnly() {
    Population p = new Population(300, 2, profile(0.72, 0.0, 1.25));

    assertEquals(240, p.start(1));
    assertEquals(0, p.panel(1));
  }

  @Test
  void aFullPanelKeepsEveryEarlierRespondent() {
    Population p = new Population(300, 2, profile(0.72, 1.0, 1.25));

    assertEquals(0, p.start(1));
    assertEquals(240, p.panel(1));
  }

  @Test
  void roundSizesRoundToTheNearestAndNeverFallBelowOne() {
    assertEquals(6, new Population(7, 2, profile(0.72, 0.6, 1.25)).respondents(0)); // 5.6
    Population tiny = new Population(1, 3, profile(0.72, 0.6, 100.0));
    assertEquals(
        List.of(1L, 1L, 1L),
        List.of(tiny.respondents(0), tiny.respondents(1), tiny.respondents(2)));
  }

  @Test
  void oneRoundHasNoPanel() {
    Population p = new Population(50, 1, GenerationProfile.defaults());

    assertEquals(1, p.rounds());
    assertEquals(50, p.respondents(0));
    assertEquals(0, p.panel(0));
    assertEquals(List.of(0), p.roundsOf(49));
  }

  @Test
  void needsARespondentAndARound() {
    GenerationProfile defaults = GenerationProfile.defaults();

    IllegalArgumentException noRespondents =
        assertThrows(IllegalArgumentException.class, () -> new Population(0, 2, defaults));
    assertEquals("need at least one respondent and one round", noRespondents.getMessage());
    IllegalArgumentException noRounds =
        assertThrows(IllegalArgumentException.class, () -> new Population(300, 0, defaults));
    assertEquals("need at least one respondent and one round", noRounds.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new Population(-5, 1, defaults));
  }
}
