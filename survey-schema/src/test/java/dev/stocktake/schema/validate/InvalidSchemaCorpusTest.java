package dev.stocktake.schema.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stocktake.schema.Problem;
import dev.stocktake.schema.SurveySchema;
import dev.stocktake.schema.framework.Framework;
import dev.stocktake.schema.io.DocumentReader;
import dev.stocktake.schema.io.Loaded;
import dev.stocktake.schema.project.ProjectFiles;
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
 * Replays the corpus of schemas with mistakes in {@code schemas/invalid/}: each {@code
 * <scenario>.yaml} is a version 2 of the valid {@code v1.yaml} with one kind of mistake, and {@code
 * <scenario>.expected} lists the problems validation must report, in order, as {@code
 * Problem.toString()} prints them with the folder left out of the file name (and shown as {@code
 * <folder>} in messages). Adding a case is adding those two files.
 *
 * <p>{@code pinned-*.yaml} cases have tests of their own at the end, which assert parts of their
 * problems, so the folder scan passes them over.
 */
class InvalidSchemaCorpusTest {

  private static final Path FOLDER = folder();
  private static final String BASE = "v1.yaml";
  private static final String PINNED = "pinned-";

  private final DocumentReader reader = new DocumentReader();

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(FOLDER)) {
      List<String> names =
          files
              .map(f -> f.getFileName().toString())
              .filter(n -> n.endsWith(".yaml") && !n.equals(BASE) && !n.startsWith(PINNED))
              .sorted()
              .toList();
      return names.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsExactlyTheExpectedProblems(String name) throws IOException {
    List<String> expected =
        Files.readAllLines(FOLDER.resolve(name.replaceFirst("\\.yaml$", ".expected"))).stream()
            .filter(line -> !line.isBlank())
            .toList();

    assertEquals(expected, problems(name), "problems of " + name);
  }

  @Test
  void theBaseVersionAndTheFrameworkAreValid() {
    assertEquals(List.of(), problems(BASE));
    Path framework = FOLDER.resolveSibling("frameworks").resolve("demo-framework.yaml");
    Loaded<Framework> loaded = reader.readFramework(framework);
    assertEquals(List.of(), new FrameworkValidator().validate(loaded));
  }

  @Test
  void everyCaseHasItsExpectedProblemsAndEveryListOfProblemsItsCase() throws IOException {
    try (Stream<Path> files = Files.list(FOLDER)) {
      List<String> names = files.map(f -> f.getFileName().toString()).sorted().toList();
      for (String name : names) {
        String stem = name.replaceFirst("\\.(yaml|expected)$", "");
        if (name.equals(BASE) || name.startsWith(PINNED)) {
          continue;
        }
        String other = name.endsWith(".yaml") ? stem + ".expected" : stem + ".yaml";
        assertTrue(names.contains(other), name + " has no " + other);
      }
      assertTrue(names.size() > 40, "the corpus is in " + FOLDER + ": " + names);
    }
  }

  @Test
  void questionContinuedTwiceIsReported() {
    List<Problem> problems = validate("pinned-double-continuation.yaml");

    assertEquals(1, problems.size(), problems::toString);
    assertEquals("questions[3].lineage.from", problems.get(0).field());
    assertTrue(problems.get(0).message().contains("v1.staff"), problems.get(0)::message);
  }

  @Test
  void retiredQuestionAskedWithLineageIsReported() {
    assertEquals(
        List.of(
            "pinned-retired-still-asked-with-lineage.yaml:52:9 retired[0].id: question \"staff\""
                + " is retired but still asked in this version"),
        problems("pinned-retired-still-asked-with-lineage.yaml"));
  }

  @Test
  void retiredQuestionContinuedByLineageIsReported() {
    List<Problem> problems = validate("pinned-retired-but-continued.yaml");

    assertEquals(1, problems.size(), problems::toString);
    assertEquals("retired[0].id", problems.get(0).field());
    assertTrue(problems.get(0).message().contains("staff_count"), problems.get(0)::message);
  }

  private List<Problem> validate(String name) {
    Path file = FOLDER.resolve(name);
    Loaded<SurveySchema> schema = reader.readSurvey(file);
    return new SchemaValidator().validate(schema, ProjectFiles.contextFor(file, reader));
  }

  private List<String> problems(String name) {
    return validate(name).stream().map(InvalidSchemaCorpusTest::render).toList();
  }

  /** The printed problem, with the corpus folder left out so the lines do not depend on it. */
  private static String render(Problem problem) {
    return problem
        .toString()
        .replace(FOLDER + FOLDER.getFileSystem().getSeparator(), "")
        .replace(FOLDER.toString(), "<folder>");
  }

  private static Path folder() {
    try {
      return Path.of(
              Objects.requireNonNull(
                      InvalidSchemaCorpusTest.class.getResource("/schemas/invalid"),
                      "schemas/invalid on the test class path")
                  .toURI())
          .toAbsolutePath();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
