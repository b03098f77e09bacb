package dev.stocktake.schema.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stocktake.schema.Examples;
import dev.stocktake.schema.Problem;
import dev.stocktake.schema.io.DocumentReader;
import dev.stocktake.schema.io.DocumentReader.DocumentKind;
import dev.stocktake.schema.project.Project;
import dev.stocktake.schema.project.ProjectFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every survey schema, framework, codebook and project file shipped under {@code examples/} is
 * valid.
 */
class ExamplesAreValidTest {

  private final DocumentReader reader = new DocumentReader();

  static Stream<Path> files() {
    return Stream.of(
            DocumentKind.PROJECT,
            DocumentKind.FRAMEWORK,
            DocumentKind.CODEBOOK,
            DocumentKind.SURVEY_SCHEMA)
        .flatMap(kind -> Examples.documents(kind).stream());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void isValid(Path file) {
    DocumentKind kind = Examples.kindByPlace(file);
    List<Problem> problems =
        switch (kind) {
          case SURVEY_SCHEMA ->
              new SchemaValidator()
                  .validate(reader.readSurvey(file), ProjectFiles.contextFor(file, reader));
          case FRAMEWORK -> new FrameworkValidator().validate(reader.readFramework(file));
          case PROJECT -> new ProjectValidator().validate(reader.readProject(file));
          case CODEBOOK ->
              new CodebookValidator()
                  .validate(
                      reader.readCodebook(file), ProjectFiles.codebookContextFor(file, reader));
          case UNKNOWN -> throw new AssertionError(file);
        };

    assertEquals(List.of(), problems);
    assertEquals(kind, reader.kindOf(file), "the reader recognises the file by its content");
  }

  @Test
  void theExamplesAreFound() {
    List<String> names =
        files().map(f -> Examples.ROOT.relativize(f).toString().replace('\\', '/')).toList();

    assertTrue(
        names.containsAll(
            List.of(
                "christchurch-call-consultation/stocktake.yaml",
                "christchurch-call-consultation/frameworks/christchurch-call-work-plan.yaml",
                "christchurch-call-consultation/surveys/ccc-community-consultation/v1.yaml",
                "christchurch-call-consultation/surveys/ccc-community-consultation/v2.yaml",
                "frameworks/foc-program-of-action-2023.yaml",
                "frameworks/g7-interior-ministers-2019.yaml")),
        names::toString);
  }

  @Test
  void theExampleProjectLoadsAsAWhole() {
    Project project = Project.load(Examples.CCC);

    assertEquals("christchurch-call-consultation", project.config().project());
    assertEquals(List.of(1, 2), List.copyOf(project.schemas().keySet()));
    assertEquals(2, project.newestSchema().version());
    assertEquals("christchurch-call-work-plan", project.framework().orElseThrow().framework());
    assertEquals(1, project.schemaOf(project.config().round("2020").orElseThrow()).version());
  }
}
