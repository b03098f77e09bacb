package dev.stocktake.schema.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.stocktake.schema.SurveySchema;
import dev.stocktake.schema.io.DocumentReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A codebook linked to sections codes their text questions, after the questions it names. */
class CodebookTest {
  private static final SurveySchema DEMO =
      new DocumentReader()
          .readSurvey(Path.of("src/test/resources/codebooks/project/surveys/demo/v1.yaml"))
          .value();

  private static Codebook codebook(List<String> questions, List<String> sections) {
    return new Codebook("c", 1, null, List.of("en"), questions, sections, null, List.of());
  }

  @Test
  void aSectionAddsItsTextQuestionsOnceAfterTheNamedOnes() {
    Codebook resolved =
        codebook(List.of("comments", "crisis_comments"), List.of("crisis", "about"))
            .resolvedFor(DEMO);
    assertEquals(List.of("comments", "crisis_comments"), resolved.questions());
    assertEquals(
        List.of("crisis_comments"),
        codebook(List.of(), List.of("crisis", "about")).resolvedFor(DEMO).questions(),
        "org_type in section about is not text, so only crisis_comments is coded");
  }

  @Test
  void aCodebookWithoutSectionsIsItself() {
    Codebook plain = codebook(List.of("comments"), null);
    assertSame(plain, plain.resolvedFor(DEMO));
  }
}
