package dev.stocktake.reports.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stocktake.schema.project.Project;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LabelsTest {
  private static final Project EXAMPLE =
      Project.load(Path.of("../examples/christchurch-call-consultation"));

  private static Labels in(String language) {
    return new Labels(
        language, EXAMPLE.config(), EXAMPLE.newestSchema(), EXAMPLE.framework().orElse(null));
  }

  @Test
  void namesComeFromTheSchemaInTheReportLanguage() {
    Labels ar = in("ar");
    assertEquals("الحكومات", ar.group("government"));
    assertEquals("المشاورة الثانية (2022)", ar.round("2022"));
    assertTrue(ar.fallbacks().isEmpty(), ar.fallbacks().toString());
  }

  @Test
  void aMissingTranslationFallsBackToTheSourceLanguageAndIsRecorded() {
    Labels es = in("es");
    String item = es.item("cc.crisis_response");
    assertTrue(item.length() > 10, item);
    assertTrue(es.fallbacks().contains("item cc.crisis_response"), es.fallbacks().toString());
  }

  @Test
  void anOldAnswerStandingForTwoLevelsNamesBoth() {
    Labels en = in("en");
    assertEquals(
        "Partially implemented / Substantially implemented",
        en.choice("status_crisis_response", "partially_implemented|substantially_implemented"));
  }

  @Test
  void unknownIdsStayAsTheyAre() {
    assertEquals("no_such_question", in("fr").question("no_such_question"));
  }
}
