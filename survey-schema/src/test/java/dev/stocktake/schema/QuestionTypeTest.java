package dev.stocktake.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QuestionTypeTest {

  private static final Locale TURKISH = Locale.forLanguageTag("tr-TR");

  /** The default locale the build started the test JVM with. */
  private static final Locale BUILD_DEFAULT = Locale.getDefault();

  // Upper-case I becomes dotless ı under a Turkish default locale: "LIKERT".toLowerCase() is
  // "lıkert". Set it here rather than trust the build to (see the disabled test below).
  @BeforeEach
  void turkish() {
    Locale.setDefault(TURKISH);
  }

  @AfterEach
  void restore() {
    Locale.setDefault(BUILD_DEFAULT);
  }

  @Test
  void fileNamesAreLowerCaseAsciiWhateverTheLocale() {
    assertEquals(
        List.of(
            "single_choice",
            "multi_choice",
            "likert",
            "integer",
            "decimal",
            "text",
            "date",
            "yes_no"),
        Arrays.stream(QuestionType.values()).map(QuestionType::fileName).toList());
    for (QuestionType type : QuestionType.values()) {
      assertEquals(type, QuestionType.fromFileName(type.fileName()));
    }
  }

  @Test
  void anUnknownNameListsTheTypes() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> QuestionType.fromFileName("LIKERT"));

    assertEquals(
        "unknown question type \"LIKERT\"; the types are: single_choice, multi_choice, likert,"
            + " integer, decimal, text, date, yes_no",
        e.getMessage());
  }

  @Test
  void theBuildRunsTestsUnderATurkishLocale() {
    assertEquals("tr", BUILD_DEFAULT.getLanguage());
  }
}
