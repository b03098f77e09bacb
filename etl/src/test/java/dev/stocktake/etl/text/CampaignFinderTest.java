package dev.stocktake.etl.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stocktake.etl.text.CampaignFinder.Answer;
import dev.stocktake.etl.text.CampaignFinder.Campaign;
import dev.stocktake.schema.codebook.Codebook;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CampaignFinderTest {
  /** Thirty words. */
  private static final String LETTER =
      "we the undersigned residents of the valley ask the council to stop the new quarry because"
          + " dust noise and heavy lorries will harm our children schools farms and rivers forever";

  /** The letter with its twelfth word changed: 25 of 31 distinct 3-shingles shared (0.806). */
  private static final String LETTER_EDITED = LETTER.replace(" stop ", " halt ");

  private static final Codebook.Campaigns AT_08 = new Codebook.Campaigns(3, 0.8);
  private static final Codebook.Campaigns EXACT = new Codebook.Campaigns(3, 1.0);

  @Test
  void theLetterHasThirtyWordsAndTheEditChangesOne() {
    assertEquals(30, TextNormaliser.words(LETTER).size());
    List<String> a = TextNormaliser.words(LETTER);
    List<String> b = TextNormaliser.words(LETTER_EDITED);
    int changed = 0;
    for (int i = 0; i < a.size(); i++) {
      changed += a.get(i).equals(b.get(i)) ? 0 : 1;
    }
    assertEquals(1, changed);
  }

  @Test
  void identicalAnswersAfterNormalisationAreOneExactCampaign() {
    List<Answer> answers =
        List.of(
            new Answer("r1|p4|q7", "Stop the quarry!"),
            new Answer("r1|p2|q7", "  STOP the   quarry! "),
            new Answer("r1|p9|q7", "Ｓｔｏｐ the quarry!"),
            new Answer("r1|p3|q7", "stop the quarry!"),
            new Answer("r1|p5|q7", "We like the quarry."),
            new Answer("r1|p6|q7", "More buses, please."));
    assertEquals(
        List.of(
            new Campaign(
                List.of("r1|p2|q7", "r1|p3|q7", "r1|p4|q7", "r1|p9|q7"), "stop the quarry!", true)),
        CampaignFinder.find(answers, AT_08));
    assertEquals(CampaignFinder.find(answers, AT_08), CampaignFinder.find(answers, EXACT));
  }

  @Test
  void aNearDuplicateJoinsAt08ButNotAt10() {
    List<Answer> answers =
        List.of(
            new Answer("k1", LETTER),
            new Answer("k2", LETTER.toUpperCase(java.util.Locale.ROOT)),
            new Answer("k3", LETTER + "."),
            new Answer("k4", LETTER_EDITED));
    assertEquals(
        List.of(new Campaign(List.of("k1", "k2", "k3", "k4"), LETTER, false)),
        CampaignFinder.find(answers, AT_08));
    assertEquals(
        List.of(), CampaignFinder.find(answers, EXACT), "k3's full stop makes it another text");
    assertEquals(
        List.of(new Campaign(List.of("k1", "k2"), LETTER, true)),
        CampaignFinder.find(answers, new Codebook.Campaigns(2, 1.0)));
  }

  @Test
  void answersSharingSomeWordsAreNotGrouped() {
    // Same topic, same vocabulary, different sentences: similarities far below 0.8.
    List<Answer> answers = new ArrayList<>();
    String[] lines = {
      "the quarry will bring dust and noise to the valley",
      "the quarry will bring jobs to the valley",
      "dust and noise from the quarry harm the children",
      "the council should stop the quarry",
      "the council should support the new quarry",
      "heavy lorries on the valley road are dangerous",
      "heavy lorries will harm our farms and rivers",
      "we ask the council to listen to residents",
      "residents of the valley want clean rivers",
      "the new quarry is good for the schools budget",
    };
    for (int i = 0; i < lines.length; i++) {
      answers.add(new Answer("k" + i, lines[i]));
    }
    assertEquals(List.of(), CampaignFinder.find(answers, new Codebook.Campaigns(2, 0.8)));
    assertEquals(List.of(), CampaignFinder.find(answers, new Codebook.Campaigns(2, 0.5)));
  }

  @Test
  void minSizeIsRespected() {
    List<Answer> answers =
        List.of(
            new Answer("a", "No quarry"),
            new Answer("b", "no quarry"),
            new Answer("c", "More buses"),
            new Answer("d", "more buses"),
            new Answer("e", "MORE BUSES"));
    assertEquals(
        List.of(new Campaign(List.of("c", "d", "e"), "more buses", true)),
        CampaignFinder.find(answers, AT_08));
    assertEquals(
        List.of(
            new Campaign(List.of("c", "d", "e"), "more buses", true),
            new Campaign(List.of("a", "b"), "no quarry", true)),
        CampaignFinder.find(answers, new Codebook.Campaigns(2, 0.8)));
    assertEquals(List.of(), CampaignFinder.find(answers, new Codebook.Campaigns(4, 0.8)));
  }

  @Test
  void largestFirstThenByFirstKeyWhateverTheInputOrder() {
    List<Answer> answers = new ArrayList<>();
    for (String key : List.of("m1", "m2", "m3")) {
      answers.add(new Answer(key, "more buses"));
    }
    for (String key : List.of("b1", "b2", "b3")) {
      answers.add(new Answer(key, "no quarry"));
    }
    for (String key : List.of("z1", "z2", "z3", "z4")) {
      answers.add(new Answer(key, LETTER));
    }
    answers.add(new Answer("a9", LETTER_EDITED));
    List<Campaign> expected =
        List.of(
            new Campaign(List.of("a9", "z1", "z2", "z3", "z4"), LETTER_EDITED, false),
            new Campaign(List.of("b1", "b2", "b3"), "no quarry", true),
            new Campaign(List.of("m1", "m2", "m3"), "more buses", true));
    assertEquals(expected, CampaignFinder.find(answers, AT_08));
    Random random = new Random(7);
    for (int i = 0; i < 5; i++) {
      Collections.shuffle(answers, random);
      assertEquals(expected, CampaignFinder.find(answers, AT_08));
    }
  }

  @Test
  void blankAnswersAreNeverMembers() {
    List<Answer> answers =
        List.of(
            new Answer("a", ""),
            new Answer("b", "   "),
            new Answer("c", null),
            new Answer("d", "\u3000\n"),
            new Answer("e", "..."),
            new Answer("f", "..."),
            new Answer("g", "..."));
    assertEquals(List.of(), CampaignFinder.find(answers, new Codebook.Campaigns(2, 0.8)));
    assertEquals(List.of(), CampaignFinder.find(answers, new Codebook.Campaigns(2, 1.0)));
  }

  @Test
  void aKeyGivenTwiceIsRejected() {
    List<Answer> answers = List.of(new Answer("r1|p1|q7", "yes"), new Answer("r1|p1|q7", "no"));
    assertEquals(
        "answer key \"r1|p1|q7\" is given twice; each answer needs its own key"
            + " (round|respondent|question)",
        assertThrows(IllegalArgumentException.class, () -> CampaignFinder.find(answers, AT_08))
            .getMessage());
  }

  @Test
  void settingsOutOfRangeAreRejected() {
    assertEquals(
        "campaigns.similarity: 1.5 is out of range; it must be above 0 and at most 1",
        assertThrows(
                IllegalArgumentException.class,
                () -> CampaignFinder.find(List.of(), new Codebook.Campaigns(3, 1.5)))
            .getMessage());
    assertEquals(
        "campaigns.min_size: 1 is out of range; it must be at least 2",
        assertThrows(
                IllegalArgumentException.class,
                () -> CampaignFinder.find(List.of(), new Codebook.Campaigns(1, 0.8)))
            .getMessage());
  }

  @Test
  void distinctTextsInAnyOrderGiveTheCampaignsOfTheAnswers() {
    // What a Spark job hands over: each normalised text once, with its count and smallest key.
    Random random = new Random(11);
    String[] variants = {
      LETTER, LETTER_EDITED, LETTER.replace(" dust ", " smoke "), "more buses please", "no"
    };
    List<Answer> answers = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      String text =
          random.nextInt(4) == 0
              ? "an answer of my own number " + random.nextInt(200)
              : variants[random.nextInt(variants.length)];
      answers.add(new Answer(String.format("p%04d", i), text));
    }
    java.util.Map<String, List<String>> keysByText = new java.util.HashMap<>();
    for (Answer a : answers) {
      String text = CampaignFinder.campaignText(a.text());
      if (text != null) {
        keysByText.computeIfAbsent(text, t -> new ArrayList<>()).add(a.key());
      }
    }
    List<CampaignFinder.TextCount> texts = new ArrayList<>();
    keysByText.forEach(
        (text, keys) ->
            texts.add(new CampaignFinder.TextCount(text, keys.size(), Collections.min(keys))));
    Collections.shuffle(texts, random);
    for (Codebook.Campaigns settings : List.of(AT_08, EXACT)) {
      List<Campaign> expected = CampaignFinder.find(answers, settings);
      List<CampaignFinder.TextCampaign> found = CampaignFinder.findAmongTexts(texts, settings);
      assertEquals(expected.size(), found.size());
      for (int c = 0; c < found.size(); c++) {
        List<String> keys = new ArrayList<>();
        found.get(c).texts().forEach(t -> keys.addAll(keysByText.get(texts.get(t).text())));
        Collections.sort(keys);
        assertEquals(expected.get(c).keys(), keys);
        assertEquals(expected.get(c).exact(), found.get(c).exact());
        assertEquals(keys.size(), found.get(c).answers());
      }
    }
  }
}
