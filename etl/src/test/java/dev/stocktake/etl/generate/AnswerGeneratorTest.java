package dev.stocktake.etl.generate;

import static java.util.stream.Collectors.toSet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stocktake.schema.SurveySchema;
import dev.stocktake.schema.io.DocumentReader;
import dev.stocktake.schema.io.Loaded;
import dev.stocktake.schema.project.ProjectFiles;
import dev.stocktake.schema.validate.SchemaValidator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Answers to one-round fixture schemas (src/test/resources/generate/schemas/), each valid, checked
 * question by question with {@link SchemaConformance}.
 */
class AnswerGeneratorTest {
  private static final Path FIXTURES = Path.of("src/test/resources/generate/schemas");
  private static final int RESPONDENTS = 300;

  private static SurveySchema schema(String scenario) {
    Path file = FIXTURES.resolve(scenario + ".yaml");
    DocumentReader reader = new DocumentReader();
    Loaded<SurveySchema> loaded = reader.readSurvey(file);
    assertEquals(
        List.of(),
        new SchemaValidator().validate(loaded, ProjectFiles.contextFor(file, reader)),
        scenario + " must be a valid schema");
    return loaded.value();
  }

  private static Organisation organisation(long index, String group) {
    return new Organisation(index, "org-" + index, "Name", group, "europe", "France", "en", "full");
  }

  /** Each respondent's answers by question id. */
  private static List<Map<String, String>> answers(SurveySchema schema, String group) {
    AnswerGenerator generator =
        new AnswerGenerator(
            7, schema, 0, List.of(schema), schema, GenerationProfile.defaults(), PhraseBank.load());
    List<Map<String, String>> out = new ArrayList<>();
    for (long i = 0; i < RESPONDENTS; i++) {
      String[] given = generator.answers(organisation(i, group), "en", new SplittableRandom(i));
      Map<String, String> row = new HashMap<>();
      for (int q = 0; q < given.length; q++) {
        row.put(schema.questions().get(q).id(), given[q]);
      }
      out.add(row);
    }
    return out;
  }

  private static List<String> problems(String scenario, String group) {
    SurveySchema schema = schema(scenario);
    SchemaConformance conformance = new SchemaConformance(schema);
    List<String> out = new ArrayList<>();
    List<Map<String, String>> rows = answers(schema, group);
    for (int i = 0; i < rows.size(); i++) {
      out.addAll(conformance.problems("org-" + i, group, rows.get(i)));
    }
    return out.stream().limit(5).toList();
  }

  @Test
  void constraintsWithinReachAreHonoured() {
    assertEquals(List.of(), problems("constraints-honoured", "government"));
    assertEquals(List.of(), problems("constraints-honoured", "civil_society"));
  }

  @Test
  void aFollowUpIsAnsweredExactlyWhenItsConditionHolds() {
    List<Map<String, String>> rows = answers(schema("constraints-honoured"), "government");

    assertEquals(
        Set.of("yes", "no"), rows.stream().map(r -> r.get("legislation")).collect(toSet()));
    // legislation_year is required, so asked means answered.
    rows.forEach(
        r ->
            assertEquals(r.get("legislation").equals("yes"), !r.get("legislation_year").isEmpty()));
  }

  @Test
  void integerAnswersReachTheirMaximum() {
    List<Map<String, String>> rows = answers(schema("constraints-honoured"), "government");

    // year_joined is {min: 2019, max: 2020}: both years should occur among 300 respondents.
    assertEquals(
        Set.of("2019", "2020"), rows.stream().map(r -> r.get("year_joined")).collect(toSet()));
  }

  @Test
  void questionsForOtherGroupsStayBlank() {
    List<Map<String, String>> rows = answers(schema("constraints-honoured"), "civil_society");

    assertTrue(rows.stream().allMatch(r -> r.get("legislation").isEmpty()));
    assertTrue(rows.stream().allMatch(r -> r.get("legislation_year").isEmpty()));
    assertTrue(rows.stream().noneMatch(r -> r.get("staff").isEmpty()));
  }

  @Test
  void anIntegerWithOnlyAHighMinimumIsAtLeastThatMinimum() {
    assertEquals(List.of(), problems("integer-min-only", "government"));
  }

  @Test
  void aDecimalWithOnlyAHighMinimumIsAtLeastThatMinimum() {
    assertEquals(List.of(), problems("decimal-min-only", "government"));
  }

  @Test
  void aDecimalStaysWithinBoundsFinerThanOneDecimal() {
    assertEquals(List.of(), problems("decimal-fine-bounds", "government"));
  }

  @Test
  void aDateWithOnlyALateMinimumIsOnOrAfterIt() {
    assertEquals(List.of(), problems("date-min-only-after-2024", "government"));
  }

  @Test
  void aRequiredTextWithAPatternIsAnsweredWithAPhraseThatMatches() {
    assertEquals(List.of(), problems("required-text-with-matching-pattern", "government"));
  }

  @Test
  void aRequiredTextWhosePatternNoPhraseMatchesIsRefusedWithTheReason() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> answers(schema("required-text-with-pattern"), "government"));
    assertEquals(
        "cannot generate answers to required question registration: no phrase of the generator's"
            + " bank matches its pattern [A-Z]{2}-[0-9]{4}",
        e.getMessage());
  }
}
