package dev.stocktake.etl.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextNormaliserTest {
  @Test
  void fullWidthLettersAndLigaturesBecomePlainLowerCase() {
    assertEquals("funding financement", TextNormaliser.normalise("ＦＵＮＤＩＮＧ ﬁnancement"));
  }

  @Test
  void whitespaceRunsCollapseToOneSpaceAndAreTrimmed() {
    assertEquals(
        "lack of staff", TextNormaliser.normalise("\t Lack \u00A0 of\n\nSTAFF\u2003\u202F "));
    assertEquals("", TextNormaliser.normalise(" \n\t "));
    assertEquals("", TextNormaliser.normalise(null));
  }

  @Test
  void caseFoldingIgnoresATurkishDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertEquals(
          "infrastructure in istanbul", TextNormaliser.normalise("INFRASTRUCTURE IN ISTANBUL"));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void wordsAreRunsOfLettersMarksAndDigits() {
    assertEquals(
        List.of("l", "été", "c", "est", "ça", "2024"),
        TextNormaliser.words(TextNormaliser.normalise("L'été, c'est ça — 2024!")));
    assertEquals(
        List.of("crisis", "response", "protocol"),
        TextNormaliser.words("crisis-response protocol"));
  }

  @Test
  void wordsKeepArabicWithVowelMarksMaoriMacronsAndDevanagari() {
    // The harakat of التَّمْوِيل and the vowel signs of हिन्दी are marks inside the word.
    assertEquals(List.of("نقص", "التَّمْوِيل"), TextNormaliser.words("نقص التَّمْوِيل"));
    assertEquals(List.of("whānau", "ora"), TextNormaliser.words("whānau ora"));
    assertEquals(List.of("हिन्दी"), TextNormaliser.words("हिन्दी"));
    assertEquals(List.of("año", "niño"), TextNormaliser.words("año/niño"));
  }

  @Test
  void anEmptyTextHasNoWords() {
    assertEquals(List.of(), TextNormaliser.words(""));
    assertEquals(List.of(), TextNormaliser.words("?! -- ..."));
  }
}
