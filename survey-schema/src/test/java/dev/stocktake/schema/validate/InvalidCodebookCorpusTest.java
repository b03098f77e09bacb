package dev.stocktake.schema.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stocktake.schema.Problem;
import dev.stocktake.schema.SchemaException;
import dev.stocktake.schema.io.DocumentReader;
import dev.stocktake.schema.project.ProjectConfig;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays the corpus of codebooks with mistakes in {@code codebooks/invalid/}: each {@code
 * <scenario>.yaml} is checked in the context of the tiny project in {@code codebooks/project/}
 * (languages en, fr, es; text questions {@code comments} and {@code crisis_comments}, choice
 * question {@code org_type}), and {@code <scenario>.expected} lists the problems reading and
 * validation must report, in order, as {@code Problem.toString()} prints them with the folder left
 * out. Adding a case is adding those two files.
 */
class InvalidCodebookCorpusTest {

  private static final Path FOLDER = folder("/codebooks/invalid");
  private static final Path PROJECT = folder("/codebooks/project");

  private final DocumentReader reader = new DocumentReader();

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(FOLDER)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".yaml"))
          .sorted()
          .toList()
          .stream();
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
  void everyCaseHasItsExpectedProblemsAndEveryListOfProblemsItsCase() throws IOException {
    try (Stream<Path> files = Files.list(FOLDER)) {
      List<String> names = files.map(f -> f.getFileName().toString()).sorted().toList();
      for (String name : names) {
        String stem = name.replaceFirst("\\.(yaml|expected)$", "");
        String other = name.endsWith(".yaml") ? stem + ".expected" : stem + ".yaml";
        assertTrue(names.contains(other), name + " has no " + other);
      }
      assertTrue(names.size() >= 30, "the corpus is in " + FOLDER + ": " + names);
    }
  }

  private List<String> problems(String name) {
    List<Problem> problems;
    try {
      problems =
          new CodebookValidator().validate(reader.readCodebook(FOLDER.resolve(name)), context());
    } catch (SchemaException e) {
      problems = e.problems();
    }
    return problems.stream().map(InvalidCodebookCorpusTest::render).toList();
  }

  private CodebookContext context() {
    ProjectConfig config = reader.readProject(PROJECT.resolve("stocktake.yaml")).value();
    return CodebookContext.of(
        config.languages(),
        Optional.of(reader.readSurvey(PROJECT.resolve("surveys/demo/v1.yaml")).value()));
  }

  /** The printed problem, with the corpus folder left out so the lines do not depend on it. */
  private static String render(Problem problem) {
    return problem.toString().replace(FOLDER + FOLDER.getFileSystem().getSeparator(), "");
  }

  private static Path folder(String resource) {
    try {
      return Path.of(
              Objects.requireNonNull(
                      InvalidCodebookCorpusTest.class.getResource(resource),
                      resource + " on the test class path")
                  .toURI())
          .toAbsolutePath();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
