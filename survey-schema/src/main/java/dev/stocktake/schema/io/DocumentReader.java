package dev.stocktake.schema.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.stocktake.schema.Problem;
import dev.stocktake.schema.SchemaException;
import dev.stocktake.schema.SurveySchema;
import dev.stocktake.schema.framework.Framework;
import dev.stocktake.schema.project.ProjectConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads survey schemas, frameworks and project files (YAML, or JSON as a subset of it) into
 * records. Unknown fields are errors, not silently ignored: a misspelt {@code aplies_to} would
 * otherwise widen a question to every group. Limits on size, depth and aliases keep a hostile file
 * from exhausting memory.
 */
public final class DocumentReader {

  private static final int MAX_DOCUMENT_CODE_POINTS = 16 * 1024 * 1024;
  private static final int MAX_NESTING = 64;

  private final YAMLFactory factory;
  private final ObjectMapper mapper;

  public DocumentReader() {
    LoaderOptions loader = new LoaderOptions();
    loader.setCodePointLimit(MAX_DOCUMENT_CODE_POINTS);
    loader.setNestingDepthLimit(MAX_NESTING);
    loader.setMaxAliasesForCollections(50);
    loader.setAllowDuplicateKeys(false);
    this.factory =
        YAMLFactory.builder()
            .loaderOptions(loader)
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING)
                    .maxStringLength(1024 * 1024)
                    .build())
            .build();
    this.factory.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    this.mapper =
        JsonMapper.builder(factory)
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
  }

  public Loaded<SurveySchema> readSurvey(Path file) {
    return read(file, SurveySchema.class);
  }

  public Loaded<Framework> readFramework(Path file) {
    return read(file, Framework.class);
  }

  public Loaded<ProjectConfig> readProject(Path file) {
    return read(file, ProjectConfig.class);
  }

  /** Which kind of document a file holds, judged by its top-level key. */
  public DocumentKind kindOf(Path file) {
    try {
      var tree = mapper.readTree(Files.readAllBytes(file));
      if (tree == null || !tree.isObject()) {
        return DocumentKind.UNKNOWN;
      }
      if (tree.has("survey") && tree.has("questions")) {
        return DocumentKind.SURVEY_SCHEMA;
      }
      if (tree.has("framework") && tree.has("items")) {
        return DocumentKind.FRAMEWORK;
      }
      if (tree.has("project")) {
        return DocumentKind.PROJECT;
      }
      return DocumentKind.UNKNOWN;
    } catch (IOException e) {
      throw failure(file.toString(), e);
    }
  }

  public <T> Loaded<T> read(Path file, Class<T> type) {
    String name = file.toString();
    byte[] content;
    try {
      content = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new SchemaException(new Problem(name, 0, 0, "", "file not found"));
    } catch (IOException e) {
      throw new SchemaException(
          List.of(new Problem(name, 0, 0, "", "cannot read the file: " + e.getMessage())), e);
    }
    try {
      T value = mapper.readValue(content, type);
      if (value == null) {
        throw new SchemaException(new Problem(name, 1, 1, "", "the file is empty"));
      }
      return new Loaded<>(name, value, SourceMap.index(factory, content));
    } catch (IOException e) {
      throw failure(name, e);
    }
  }

  private static SchemaException failure(String file, IOException e) {
    int line = 0;
    int column = 0;
    if (e instanceof JsonProcessingException jpe && jpe.getLocation() != null) {
      JsonLocation location = jpe.getLocation();
      line = Math.max(location.getLineNr(), 0);
      column = Math.max(location.getColumnNr(), 0);
    }
    String field = e instanceof JsonMappingException jme ? path(jme) : "";
    return new SchemaException(List.of(new Problem(file, line, column, field, describe(e))), e);
  }

  private static String path(JsonMappingException e) {
    List<Object> segments = new ArrayList<>();
    for (JsonMappingException.Reference reference : e.getPath()) {
      if (reference.getFieldName() != null) {
        segments.add(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        segments.add(reference.getIndex());
      }
    }
    return new FieldPath(segments).toString();
  }

  /** Jackson's messages speak of Java types; say what is wrong in the file's own terms. */
  private static String describe(IOException e) {
    if (e instanceof UnrecognizedPropertyException unknown) {
      String known =
          unknown.getKnownPropertyIds().stream()
              .map(Object::toString)
              .sorted()
              .collect(Collectors.joining(", "));
      return "unknown field \"" + unknown.getPropertyName() + "\"; known fields here are: " + known;
    }
    if (e instanceof ValueInstantiationException instantiation && e.getCause() != null) {
      return e.getCause().getMessage();
    }
    if (e instanceof InvalidFormatException format) {
      Throwable cause = format.getCause();
      if (cause instanceof IllegalArgumentException) {
        return cause.getMessage();
      }
      return "\"" + format.getValue() + "\" is not " + article(format.getTargetType());
    }
    if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      return "expected " + article(mismatch.getTargetType()) + " here";
    }
    if (e instanceof JsonProcessingException jpe) {
      return syntax(jpe.getOriginalMessage());
    }
    return e.getMessage();
  }

  /**
   * SnakeYAML's messages interleave statements with source excerpts and carets; keep the statements
   * (the position is already in the problem) and say the usual cure.
   */
  private static String syntax(String message) {
    List<String> statements = new ArrayList<>();
    for (String line : message.split("\n")) {
      if (!line.isBlank() && !line.startsWith(" ") && !line.startsWith("\t")) {
        statements.add(line.strip());
      }
    }
    String text = statements.isEmpty() ? message.strip() : String.join("; ", statements);
    if (text.startsWith("while parsing") || text.startsWith("while scanning")) {
      text +=
          " (text containing : ? # { } [ ] or starting with a special character must be quoted)";
    }
    return text;
  }

  private static String article(Class<?> type) {
    if (type == int.class || type == Integer.class || type == long.class) {
      return "a whole number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "a single value (text)";
    }
    if (List.class.isAssignableFrom(type)) {
      return "a list";
    }
    if (type.isEnum()) {
      return "one of the allowed names";
    }
    return "a block of fields";
  }

  /** The kinds of document the reader knows. */
  public enum DocumentKind {
    SURVEY_SCHEMA,
    FRAMEWORK,
    PROJECT,
    UNKNOWN
  }
}
