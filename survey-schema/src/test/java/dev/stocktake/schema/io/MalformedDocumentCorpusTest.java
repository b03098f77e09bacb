package dev.stocktake.schema.io;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stocktake.schema.Problem;
import dev.stocktake.schema.SchemaException;
import dev.stocktake.schema.SurveySchema;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays the corpus of documents that cannot be read in {@code schemas/malformed/}: each {@code
 * <scenario>.yaml} (or {@code .json}) must fail to read as a survey schema with the one problem in
 * {@code <scenario>.expected}, printed as {@code Problem.toString()} does with just the file name.
 * Adding a case is adding those two files.
 *
 * <p>{@code known-bug-*} files are read wrongly today; the disabled tests at the end say what is
 * expected of them. Once one is fixed, rename it, add its {@code .expected} and delete its test.
 */
class MalformedDocumentCorpusTest {

  private static final Path FOLDER = folder();
  private static final String KNOWN_BUG = "known-bug-";

  private final DocumentReader reader = new DocumentReader();

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(FOLDER)) {
      List<String> names =
          files
              .map(f -> f.getFileName().toString())
              .filter(n -> !n.endsWith(".expected") && !n.startsWith(KNOWN_BUG))
              .sorted()
              .toList();
      return names.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void failsWithTheExpectedProblem(String name) throws IOException {
    List<String> expected =
        Files.readAllLines(FOLDER.resolve(name.replaceFirst("\\.[a-z]+$", ".expected"))).stream()
            .filter(line -> !line.isBlank())
            .toList();

    assertEquals(expected, problems(name), "problems of " + name);
  }

  @Test
  void theCorpusIsThere() throws IOException {
    assertTrue(cases().count() >= 10, "the corpus is in " + FOLDER);
  }

  @Test
  void theMessageOfTheExceptionIsItsProblems() {
    SchemaException e =
        assertThrows(
            SchemaException.class, () -> reader.readSurvey(FOLDER.resolve("duplicate-key.yaml")));

    assertEquals(
        FOLDER.resolve("duplicate-key.yaml") + ":4:8 Duplicate field 'version'", e.getMessage());
  }

  @Test
  @Disabled("bug: an empty file is reported as \"expected a block of fields here\", not as empty")
  void emptyFile() {
    assertEquals(
        List.of("known-bug-empty.yaml:1:1 the file is empty"), problems("known-bug-empty.yaml"));
  }

  @Test
  @Disabled(
      "bug: an unknown field is located at the end of its block (14:1), not where it is (12:5)")
  void unknownFieldIsLocatedWhereItIs() {
    Problem problem = onlyProblem("known-bug-unknown-field-position.yaml");

    assertEquals("questions[0].aplies_to", problem.field());
    assertEquals(12, problem.line());
  }

  @Test
  @Disabled(
      "bug: `questions: a string` is reported at questions[0], a field the file does not have")
  void scalarWhereAListOfBlocksIsExpected() {
    Problem problem = onlyProblem("known-bug-questions-not-a-list.yaml");

    assertEquals("questions", problem.field());
    assertEquals(9, problem.line());
  }

  @Test
  @Disabled(
      "bug: a missing required field is reported with its bare name (\"survey\"), at the end of the file")
  void missingSurveyIdIsNamedAsMissing() {
    Problem problem = onlyProblem("known-bug-missing-survey.yaml");

    assertTrue(problem.message().contains("missing"), problem::toString);
    assertTrue(problem.message().contains("survey"), problem::toString);
  }

  @Test
  @Disabled(
      "bug: a question without type is reported as \"question staff: type\", located at the next question")
  void missingQuestionTypeIsNamedAsMissing() {
    Problem problem = onlyProblem("known-bug-missing-required-field.yaml");

    assertEquals("questions[0]", problem.field());
    assertTrue(problem.message().contains("missing"), problem::toString);
    assertTrue(problem.line() >= 10 && problem.line() <= 11, problem::toString);
  }

  @Test
  @Disabled(
      "bug: a YAML syntax error is located at the last good token (8:28 groups[0].label), not at the tab on line 9")
  void tabIsLocatedWhereItIs() {
    Problem problem = onlyProblem("known-bug-tab-indentation.yaml");

    assertEquals(9, problem.line());
    assertEquals(1, problem.column());
  }

  @Test
  @Disabled(
      "bug: JSON indented with tabs is valid JSON but is rejected (it is read as YAML, where tabs cannot indent)")
  void jsonIndentedWithTabsIsRead() {
    SurveySchema schema =
        assertDoesNotThrow(
            () -> reader.readSurvey(FOLDER.resolve("known-bug-json-tab-indented.json")).value());

    assertEquals("demo", schema.survey());
  }

  @Test
  @Disabled(
      "bug: the JSON escape \\/ is valid JSON but is rejected (\"found unknown escape character /\")")
  void jsonEscapedSlashIsRead() {
    SurveySchema schema =
        assertDoesNotThrow(
            () -> reader.readSurvey(FOLDER.resolve("known-bug-json-escaped-slash.json")).value());

    assertEquals("Demo 1/2", schema.title().inOr("en", "en"));
  }

  private Problem onlyProblem(String name) {
    SchemaException e =
        assertThrows(SchemaException.class, () -> reader.readSurvey(FOLDER.resolve(name)));
    assertEquals(1, e.problems().size(), e::getMessage);
    return e.problems().get(0);
  }

  private List<String> problems(String name) {
    SchemaException e =
        assertThrows(
            SchemaException.class,
            () -> reader.readSurvey(FOLDER.resolve(name)),
            name + " should not be readable");
    return e.problems().stream()
        .map(p -> p.toString().replace(FOLDER + FOLDER.getFileSystem().getSeparator(), ""))
        .toList();
  }

  private static Path folder() {
    try {
      return Path.of(
              Objects.requireNonNull(
                      MalformedDocumentCorpusTest.class.getResource("/schemas/malformed"),
                      "schemas/malformed on the test class path")
                  .toURI())
          .toAbsolutePath();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
