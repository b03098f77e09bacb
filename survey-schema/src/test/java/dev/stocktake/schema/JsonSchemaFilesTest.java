package dev.stocktake.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.stocktake.schema.io.DocumentReader.DocumentKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schema files editors use (src/main/resources/schemas/) accept the shipped examples and
 * reject what the reader rejects. Findings are compared by keyword and place, not by message: the
 * validator's messages follow the default locale.
 */
class JsonSchemaFilesTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final Map<DocumentKind, JsonSchema> SCHEMAS =
      Map.of(
          DocumentKind.SURVEY_SCHEMA, load("survey-schema.schema.json"),
          DocumentKind.FRAMEWORK, load("framework.schema.json"),
          DocumentKind.PROJECT, load("project.schema.json"),
          DocumentKind.CODEBOOK, load("codebook.schema.json"));

  private static JsonSchema load(String name) {
    try (InputStream in =
        Objects.requireNonNull(
            JsonSchemaFilesTest.class.getResourceAsStream("/schemas/" + name), name)) {
      return FACTORY.getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode read(Path file) {
    try {
      return YAML.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Each finding as keyword and place, e.g. {@code required /questions/0}. */
  private static Set<String> findings(DocumentKind kind, JsonNode document) {
    return SCHEMAS.get(kind).validate(document).stream()
        .map(JsonSchemaFilesTest::finding)
        .collect(Collectors.toSet());
  }

  private static String finding(ValidationMessage m) {
    String at = m.getInstanceLocation().toString().replaceFirst("^\\$", "");
    return m.getType()
        + " "
        + at.replaceAll("\\[(\\d+)\\]", ".$1").replace('.', '/')
        + (m.getProperty() == null ? "" : " " + m.getProperty());
  }

  static Stream<Path> examples() {
    return Stream.of(
            DocumentKind.PROJECT,
            DocumentKind.FRAMEWORK,
            DocumentKind.CODEBOOK,
            DocumentKind.SURVEY_SCHEMA)
        .flatMap(kind -> Examples.documents(kind).stream());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void theExamplesConform(Path file) {
    assertEquals(Set.of(), findings(Examples.kindByPlace(file), read(file)));
  }

  @Test
  void theExamplesAreThere() {
    // Codebooks are left out of the count: the example project's own comes with its answers.
    assertEquals(
        6,
        examples().filter(f -> Examples.kindByPlace(f) != DocumentKind.CODEBOOK).count(),
        () -> examples().toList().toString());
  }

  @Test
  void theTestCorpusBaseConforms() {
    Path invalid = Path.of("src/test/resources/schemas");
    assertEquals(
        Set.of(), findings(DocumentKind.SURVEY_SCHEMA, read(invalid.resolve("invalid/v1.yaml"))));
    assertEquals(
        Set.of(),
        findings(DocumentKind.FRAMEWORK, read(invalid.resolve("frameworks/demo-framework.yaml"))));
    assertEquals(
        Set.of(),
        findings(
            DocumentKind.CODEBOOK,
            read(Path.of("src/test/resources/codebooks/project/codebooks/open-answers.yaml"))));
  }

  @Test
  void aCodebookThemeWithAMisspeltFieldIsRejected() {
    ObjectNode codebook =
        (ObjectNode)
            read(Path.of("src/test/resources/codebooks/project/codebooks/open-answers.yaml"));
    ObjectNode theme = (ObjectNode) codebook.get("themes").get(1);
    theme.set("parrent", theme.remove("parent"));
    ((ObjectNode) codebook.get("campaigns")).put("min_size", 1);

    assertEquals(
        Set.of("additionalProperties /themes/1 parrent", "minimum /campaigns/min_size"),
        findings(DocumentKind.CODEBOOK, codebook));
  }

  private static ObjectNode v2() {
    return (ObjectNode) read(Examples.CCC_SURVEY.resolve("v2.yaml"));
  }

  private static ObjectNode question(ObjectNode schema, String id) {
    for (JsonNode q : schema.get("questions")) {
      if (q.get("id").asText().equals(id)) {
        return (ObjectNode) q;
      }
    }
    throw new AssertionError("no question " + id);
  }

  private static int indexOf(ObjectNode schema, String id) {
    ArrayNode questions = (ArrayNode) schema.get("questions");
    for (int i = 0; i < questions.size(); i++) {
      if (questions.get(i).get("id").asText().equals(id)) {
        return i;
      }
    }
    throw new AssertionError("no question " + id);
  }

  @Test
  void anUnknownQuestionTypeIsRejected() {
    ObjectNode schema = v2();
    question(schema, "staff_tvec").put("type", "multiple_choice");

    Set<String> findings = findings(DocumentKind.SURVEY_SCHEMA, schema);

    int i = indexOf(schema, "staff_tvec");
    assertTrue(findings.contains("enum /questions/" + i + "/type"), findings::toString);
    assertTrue(
        findings.stream().allMatch(f -> f.contains(" /questions/" + i + "/")), findings::toString);
  }

  @Test
  void twoLineageFormsAreRejected() {
    ObjectNode schema = v2();
    ObjectNode lineage = (ObjectNode) question(schema, "hq_region").get("lineage");
    lineage.putObject("split_from").put("version", 1).put("id", "org_region");

    Set<String> findings = findings(DocumentKind.SURVEY_SCHEMA, schema);

    String at = "/questions/" + indexOf(schema, "hq_region") + "/lineage";
    assertTrue(findings.contains("oneOf " + at), findings::toString);
    assertTrue(findings.stream().allMatch(f -> f.contains(" " + at)), findings::toString);
  }

  @Test
  void aMissingRequiredFieldIsRejected() {
    ObjectNode schema = v2();
    question(schema, "year_joined").remove("label");
    schema.remove("survey");

    assertEquals(
        Set.of(
            "required  survey", "required /questions/" + indexOf(schema, "year_joined") + " label"),
        findings(DocumentKind.SURVEY_SCHEMA, schema));
  }

  @Test
  void aMisspeltFieldIsRejected() {
    ObjectNode schema = v2();
    ObjectNode question = question(schema, "service_types");
    question.set("aplies_to", question.remove("applies_to"));

    assertEquals(
        Set.of(
            "additionalProperties /questions/" + indexOf(schema, "service_types") + " aplies_to"),
        findings(DocumentKind.SURVEY_SCHEMA, schema));
  }

  @Test
  void aFrameworkItemOfUnknownKindIsRejected() {
    ObjectNode framework =
        (ObjectNode) read(Examples.CCC.resolve("frameworks/christchurch-call-work-plan.yaml"));
    ((ObjectNode) framework.get("items").get(0)).put("kind", "principle");

    Set<String> findings = findings(DocumentKind.FRAMEWORK, framework);

    assertTrue(findings.contains("enum /items/0/kind"), findings::toString);
  }

  @Test
  void aProjectWithoutRoundsIsRejected() {
    ObjectNode project = (ObjectNode) read(Examples.CCC.resolve("stocktake.yaml"));
    project.remove("rounds");

    assertEquals(Set.of("required  rounds"), findings(DocumentKind.PROJECT, project));
  }
}
