package dev.stocktake.etl.compare.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.stocktake.etl.SharedSpark;
import dev.stocktake.schema.Text;
import dev.stocktake.schema.codebook.Codebook;
import dev.stocktake.schema.codebook.Theme;
import dev.stocktake.schema.findings.Comparison;
import dev.stocktake.schema.findings.OpenAnswers;
import dev.stocktake.schema.project.Project;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

/**
 * Seven coded answers to a question "q": in 2020 three of five governments and civil society
 * respondents answered (one uncoded), in 2022 four of six (two of them one campaign).
 */
class OpenAnswerCountsTest {
  private static final Codebook CODEBOOK =
      new Codebook(
          "cb",
          2,
          null,
          List.of("en"),
          List.of("q"),
          null,
          List.of(
              new Theme("a", Text.of(Map.of("en", "A")), null, Map.of()),
              new Theme("b", Text.of(Map.of("en", "B")), null, Map.of())));

  private static Row answer(
      String round, String respondent, String group, List<String> themes, String campaign) {
    return RowFactory.create(
        respondent,
        group,
        "q",
        "cb",
        scala.jdk.javaapi.CollectionConverters.asScala(themes).toSeq(),
        campaign,
        campaign == null ? null : true,
        "r1".equals(respondent),
        round);
  }

  private static OpenAnswers counted() {
    List<Row> rows =
        List.of(
            answer("2020", "r1", "government", List.of("a"), null),
            answer("2020", "r2", "government", List.of(), null),
            answer("2020", "r3", "civil_society", List.of("a", "b"), null),
            answer("2022", "r4", "government", List.of("a"), null),
            answer("2022", "r5", "civil_society", List.of("a"), "2022:q:1"),
            answer("2022", "r6", "civil_society", List.of("a"), "2022:q:1"),
            answer("2022", "r7", "civil_society", List.of(), null));
    Map<String, Long> responded =
        Map.of(
            "2020\u0000government", 3L,
            "2020\u0000civil_society", 2L,
            "2022\u0000government", 2L,
            "2022\u0000civil_society", 4L);
    return OpenAnswerCounts.of(
        SharedSpark.session().createDataFrame(rows, OpenAnswerCounts.CODED),
        responded,
        Project.load(Path.of("../examples/christchurch-call-consultation")).newestSchema(),
        List.of("2020", "2022"),
        List.of(CODEBOOK));
  }

  @Test
  void askedIsCodedPlusUncodedPlusBlank() {
    OpenAnswers open = counted();
    assertEquals(
        List.of(
            new OpenAnswers.Coding("cb", 2, "q", "2020", "all", 5L, 2L, 1L, 2L, 1L),
            new OpenAnswers.Coding("cb", 2, "q", "2020", "civil_society", 2L, 1L, 0L, 1L, 0L),
            new OpenAnswers.Coding("cb", 2, "q", "2020", "government", 3L, 1L, 1L, 1L, 1L),
            new OpenAnswers.Coding("cb", 2, "q", "2022", "all", 6L, 3L, 1L, 2L, 0L),
            new OpenAnswers.Coding("cb", 2, "q", "2022", "civil_society", 4L, 2L, 1L, 1L, 0L),
            new OpenAnswers.Coding("cb", 2, "q", "2022", "government", 2L, 1L, 0L, 1L, 0L)),
        open.coding());
    for (OpenAnswers.Coding c : open.coding()) {
      assertEquals(c.asked(), c.coded() + c.uncoded() + c.blank(), c.toString());
    }
  }

  @Test
  void aCampaignCountsOnceInTheOnceFigures() {
    OpenAnswers.ThemeCount a2022 =
        counted().themes().stream()
            .filter(
                t -> t.theme().equals("a") && t.round().equals("2022") && t.group().equals("all"))
            .findFirst()
            .orElseThrow();
    assertEquals(3, a2022.respondents());
    assertEquals(4, a2022.answered());
    assertEquals(0.75, a2022.share(), 1e-12);
    assertEquals(2, a2022.respondentsOnce());
    assertEquals(3, a2022.answeredOnce());
    assertEquals(
        List.of(new OpenAnswers.Campaign("q", "2022", 2, true, List.of("a"))),
        counted().campaigns());
  }

  @Test
  void eachThemeIsTestedBetweenRounds() {
    Comparison a =
        counted().tests().stream()
            .filter(c -> c.choice().equals("a") && c.group().equals("all"))
            .findFirst()
            .orElseThrow();
    assertEquals("two_proportion", a.test());
    assertEquals(3, a.nFrom());
    assertEquals(4, a.nTo());
    assertEquals(0.75 - 2 / 3.0, a.effect(), 1e-12);
    assertNotNull(a.pAdjusted());
  }
}
