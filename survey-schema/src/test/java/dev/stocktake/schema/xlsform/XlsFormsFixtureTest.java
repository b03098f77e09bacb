package dev.stocktake.schema.xlsform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.stocktake.schema.ChoiceList;
import dev.stocktake.schema.Question;
import dev.stocktake.schema.QuestionType;
import dev.stocktake.schema.SurveySchema;
import dev.stocktake.schema.io.Loaded;
import dev.stocktake.schema.io.SourceMap;
import dev.stocktake.schema.validate.SchemaContext;
import dev.stocktake.schema.validate.SchemaValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** pyxform's test forms: each one imports (with notes) or is refused cleanly, never a crash. */
class XlsFormsFixtureTest {
  /** The shared fixtures, beside the repository (tests run in survey-schema/). */
  static final Path PYXFORM = Path.of("../../shared/fixtures/xlsform-pyxform");

  /** The fixtures sit beside the repository, not in it: without them these tests are skipped. */
  @org.junit.jupiter.api.BeforeEach
  void fixturesArePresent() {
    assumeTrue(Files.isDirectory(PYXFORM), "no pyxform fixtures at " + PYXFORM);
  }

  static Stream<Path> fixtures() throws IOException {
    assumeTrue(Files.isDirectory(PYXFORM), "no pyxform fixtures at " + PYXFORM);
    try (Stream<Path> files = Files.list(PYXFORM)) {
      return files.sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void everyFixtureImportsAsAValidSchemaOrIsRefusedWithItsName(Path file) {
    try {
      XlsFormImport imported = XlsForms.read(file);
      SurveySchema schema = imported.schema();
      assertEquals(
          List.of(),
          new SchemaValidator()
              .validate(
                  new Loaded<>("imported.yaml", schema, SourceMap.empty()), SchemaContext.none()),
          file.toString());
    } catch (XlsFormException refused) {
      assertTrue(refused.getMessage().startsWith(file.toString() + " "), refused.getMessage());
    }
  }

  @Test
  void whichFixturesAreRefusedAndWhy() throws IOException {
    List<String> refused =
        fixtures()
            .flatMap(
                f -> {
                  try {
                    XlsForms.read(f);
                    return Stream.empty();
                  } catch (XlsFormException e) {
                    return Stream.of(f.getFileName().toString());
                  }
                })
            .toList();
    assertEquals(List.of("LICENSE", "SOURCE.txt", "fruits.csv", "survey_no_name.xlsx"), refused);
    XlsFormException e =
        assertThrows(
            XlsFormException.class, () -> XlsForms.read(PYXFORM.resolve("survey_no_name.xlsx")));
    assertEquals(
        PYXFORM.resolve("survey_no_name.xlsx")
            + " no survey sheet: an XLSForm has a sheet named survey (and usually choices and"
            + " settings); the sheets are: Sheet1",
        e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"group.xlsx", "group.csv", "group.md"})
  void aGroupBecomesASection(String name) {
    XlsFormImport imported = XlsForms.read(PYXFORM.resolve(name));
    SurveySchema schema = imported.schema();
    assertEquals("group", schema.survey());
    assertEquals(List.of("family_name", "age"), ids(schema));
    assertEquals("father", schema.question("age").orElseThrow().section());
    assertEquals("Father", schema.sections().get(0).label().in("en").orElseThrow());
    assertEquals(QuestionType.INTEGER, schema.question("age").orElseThrow().type());
    assertEquals(List.of("respondents"), schema.groupIds());
    int phoneRow = name.endsWith("xlsx") ? 4 : 5;
    assertEquals(
        List.of(
            "survey row "
                + phoneRow
                + " (type phone number) phone_number: not mapped: unknown type \"phone number\";"
                + " Stocktake reads select_one, select_multiple, integer, decimal, text, date and"
                + " groups",
            "survey: the form has no question named group (select_one stakeholder_group): one"
                + " stakeholder group, respondents, was added; declare the real groups in the"
                + " schema",
            "settings: no version: version 1 used; pass --version N to choose another"),
        imported.unmapped().stream().map(Unmapped::toString).toList());
  }

  @Test
  void groupIsTheSameSchemaFromEveryLayout() {
    SurveySchema xlsx = XlsForms.read(PYXFORM.resolve("group.xlsx")).schema();
    assertEquals(xlsx, XlsForms.read(PYXFORM.resolve("group.csv")).schema());
    assertEquals(xlsx, XlsForms.read(PYXFORM.resolve("group.md")).schema());
  }

  @Test
  void textAndIntegerIsTheSameSchemaFromEveryLayout() {
    SurveySchema xlsx = XlsForms.read(PYXFORM.resolve("text_and_integer.xlsx")).schema();
    assertEquals(List.of("your_name", "your_age"), ids(xlsx));
    assertEquals(QuestionType.TEXT, xlsx.questions().get(0).type());
    assertEquals(QuestionType.INTEGER, xlsx.questions().get(1).type());
    assertEquals("How many years old are you?", xlsx.questions().get(1).label().in("en").get());
    assertEquals(xlsx, XlsForms.read(PYXFORM.resolve("text_and_integer.csv")).schema());
    assertEquals(xlsx, XlsForms.read(PYXFORM.resolve("text_and_integer.md")).schema());
  }

  @Test
  void orOtherAddsTheOtherChoiceAndASpecifyQuestion() {
    XlsFormImport imported = XlsForms.read(PYXFORM.resolve("or_other.xlsx"));
    SurveySchema schema = imported.schema();
    assertEquals(List.of("fav_color", "fav_color_other", "fav_pastel"), ids(schema));
    Question color = schema.question("fav_color").orElseThrow();
    assertEquals("colors_or_other", color.choices());
    assertEquals(
        List.of("red", "green", "blue", "mauve", "apricot", "other"),
        schema.choiceList("colors_or_other").orElseThrow().codes());
    assertEquals(
        List.of("red", "green", "blue", "mauve", "apricot"),
        schema.choiceList("colors").orElseThrow().codes());
    Question other = schema.question("fav_color_other").orElseThrow();
    assertEquals(QuestionType.TEXT, other.type());
    assertEquals("selected(fav_color, 'other')", other.relevant());
    assertEquals("colors", schema.question("fav_pastel").orElseThrow().choices());
    assertEquals(
        "survey row 2 (type or_other) fav_color: choice other added (list colors_or_other); the"
            + " text respondents write after choosing it is the text question fav_color_other",
        imported.unmapped().get(0).toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"specify_other.xlsx", "specify_other.csv", "specify_other.md"})
  void pyxformsOldSpecifyOtherSyntaxIsOrOther(String name) {
    SurveySchema schema = XlsForms.read(PYXFORM.resolve(name)).schema();
    assertEquals(List.of("sex", "sex_other"), ids(schema));
    assertEquals("sexes_or_other", schema.question("sex").orElseThrow().choices());
    assertEquals(
        List.of("male", "female", "other"),
        schema.choiceList("sexes_or_other").orElseThrow().codes());
  }

  @Test
  void aRepeatAndEverythingInsideItIsListed() {
    XlsFormImport imported = XlsForms.read(PYXFORM.resolve("loop.xlsx"));
    assertEquals(
        List.of("available_toilet_types", "available_toilet_types_other"), ids(imported.schema()));
    assertEquals(
        QuestionType.MULTI_CHOICE,
        imported.schema().question("available_toilet_types").orElseThrow().type());
    List<String> notes = imported.unmapped().stream().map(Unmapped::toString).toList();
    assertTrue(
        notes.contains(
            "survey row 3 (type begin loop) loop_toilet_types: repeats are not supported: a"
                + " Stocktake question has one answer per respondent; its questions are not"
                + " mapped either"),
        notes.toString());
    assertTrue(
        notes.contains(
            "survey row 4 (type integer) number: inside repeat loop_toilet_types: repeats are not"
                + " supported: a Stocktake question has one answer per respondent"),
        notes.toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"case_insensitivity.xlsx", "case_insensitivity.csv", "case_insensitivity.md"})
  void headersSheetNamesAndLanguagesAreReadWithoutCase(String name) {
    XlsFormImport imported = XlsForms.read(PYXFORM.resolve(name));
    SurveySchema schema = imported.schema();
    assertEquals("YesNo", schema.survey());
    assertEquals("Yes or no", schema.title().in("en").orElseThrow());
    assertEquals(List.of("en"), schema.languages());
    assertEquals(List.of("q1"), ids(schema));
    assertEquals("Are you good?", schema.questions().get(0).label().in("en").orElseThrow());
    ChoiceList c1 = schema.choiceList("c1").orElseThrow();
    assertEquals(List.of("n1_c", "n2_c"), c1.codes());
    assertEquals("l1-c", c1.choices().get(0).label().in("en").orElseThrow());
    List<String> notes = imported.unmapped().stream().map(Unmapped::toString).toList();
    assertEquals(
        List.of("EXTERNAL_CHOICES", "ENTITIES", "OSM"),
        imported.unmapped().stream()
            .filter(u -> u.reason().startsWith("sheet not read"))
            .map(Unmapped::sheet)
            .toList());
    assertTrue(
        notes.stream().anyMatch(n -> n.contains("(type select_one_external) q2: not mapped")),
        notes.toString());
    assertTrue(
        notes.stream().anyMatch(n -> n.contains("(type osm) q3: not mapped")), notes.toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"yes_or_no_question.xlsx", "yes_or_no_question.csv", "yes_or_no_question.md"})
  void aForeignYesNoListStaysSingleChoice(String name) {
    SurveySchema schema = XlsForms.read(PYXFORM.resolve(name)).schema();
    Question q = schema.question("good_day").orElseThrow();
    assertEquals(QuestionType.SINGLE_CHOICE, q.type());
    assertEquals("yes_or_no", q.choices());
    assertEquals(List.of("yes", "no"), schema.choiceList("yes_or_no").orElseThrow().codes());
  }

  static List<String> ids(SurveySchema schema) {
    return schema.questions().stream().map(Question::id).toList();
  }
}
