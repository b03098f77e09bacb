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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays the corpus of documents that cannot be read in {@code schemas/malformed/}: each {@code
 * <scenario>.yaml} (or {@code .json}) must fail to read as a survey schema with the one problem in
 * {@code <scenario>.expected}, printed as {@code Problem.toString()} does with just the file name.
 * Adding a case is adding those two files.
 *
 * <p>{@code pinned-*} files have tests of their own at the end (a file that reads, a position or
 * field asserted on its own), so the folder scan passes them over.
 */
class MalformedDocumentCorpusTest {

  private static final Path FOLDER = folder();
  private static final String PINNED = "pinned-";

  private final DocumentReader reader = new DocumentReader();

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(FOLDER)) {
      List<String> names =
          files
              .map(f -> f.getFileName().toString())
              .filter(n -> !n.endsWith(".expected") && !n.startsWith(PINNED))
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
        FOLDER.resolve("duplicate-key.yaml")
            + ":4:8 duplicate key \"version\": a key may appear only once in a block",
        e.getMessage());
  }

  @Test
  void emptyFile() {
    assertEquals(List.of("pinned-empty.yaml:1:1 the file is empty"), problems("pinned-empty.yaml"));
  }

  @Test
  void unknownFieldIsLocatedWhereItIs() {
    Problem problem = onlyProblem("pinned-unknown-field-position.yaml");

    assertEquals("questions[0].aplies_to", problem.field());
    assertEquals(12, problem.line());
  }

  @Test
  void scalarWhereAListOfBlocksIsExpected() {
    Problem problem = onlyProblem("pinned-questions-not-a-list.yaml");

    assertEquals("questions", problem.field());
    assertEquals(9, problem.line());
  }

  @Test
  void missingSurveyIdIsNamedAsMissing() {
    Problem problem = onlyProblem("pinned-missing-survey.yaml");

    assertTrue(problem.message().contains("missing"), problem::toString);
    assertTrue(problem.message().contains("survey"), problem::toString);
  }

  @Test
  void missingQuestionTypeIsNamedAsMissing() {
    Problem problem = onlyProblem("pinned-missing-required-field.yaml");

    assertEquals("questions[0]", problem.field());
    assertTrue(problem.message().contains("missing"), problem::toString);
    assertTrue(problem.line() >= 10 && problem.line() <= 11, problem::toString);
  }

  @Test
  void tabIsLocatedWhereItIs() {
    Problem problem = onlyProblem("pinned-tab-indentation.yaml");

    assertEquals(9, problem.line());
    assertEquals(1, problem.column());
  }

  @Test
  void jsonIndentedWithTabsIsRead() {
    SurveySchema schema =
        assertDoesNotThrow(
            () -> reader.readSurvey(FOLDER.resolve("pinned-json-tab-indented.json")).value());

    assertEquals("demo", schema.survey());
  }

  @Test
  void jsonEscapedSlashIsRead() {
    SurveySchema schema =
        assertDoesNotThrow(
            () -> reader.readSurvey(FOLDER.resolve("pinned-json-escaped-slash.json")).value());

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
