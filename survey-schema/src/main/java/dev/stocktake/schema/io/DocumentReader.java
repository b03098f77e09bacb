package dev.stocktake.schema.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.stocktake.schema.Problem;
import dev.stocktake.schema.SchemaException;
import dev.stocktake.schema.SurveySchema;
import dev.stocktake.schema.codebook.Codebook;
import dev.stocktake.schema.framework.Framework;
import dev.stocktake.schema.project.ProjectConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads survey schemas, frameworks, codebooks and project files into records: {@code .json} files
 * as JSON, everything else as YAML. Unknown fields are errors, not silently ignored: a misspelt
 * {@code aplies_to} would otherwise widen a question to every group. Limits on size, depth and
 * aliases keep a hostile file from exhausting memory, and a first pass over the tokens ({@link
 * PlainDataScreen}) refuses over-long lines, YAML aliases and tags with their line. Every failure
 * is one located {@link Problem}.
 */
public final class DocumentReader {

  private static final int MAX_DOCUMENT_CODE_POINTS = 16 * 1024 * 1024;
  private static final int MAX_NESTING = 64;
  private static final int MAX_STRING = 1024 * 1024;
  private static final int MAX_LINE = 64 * 1024;

  private final Format yaml;
  private final Format json;
  private final PlainDataScreen screen =
      new PlainDataScreen(MAX_LINE, MAX_STRING, MAX_NESTING, MAX_DOCUMENT_CODE_POINTS);

  /** A parser factory with the mapper over it; positions are indexed with the same factory. */
  private record Format(JsonFactory factory, ObjectMapper mapper, boolean isYaml) {}

  public DocumentReader() {
    StreamReadConstraints limits =
        StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING)
            .maxStringLength(MAX_STRING)
            .build();
    LoaderOptions loader = new LoaderOptions();
    loader.setCodePointLimit(MAX_DOCUMENT_CODE_POINTS);
    loader.setNestingDepthLimit(MAX_NESTING);
    loader.setMaxAliasesForCollections(50);
    loader.setAllowDuplicateKeys(false);
    YAMLFactory yamlFactory =
        YAMLFactory.builder().loaderOptions(loader).streamReadConstraints(limits).build();
    JsonFactory jsonFactory = JsonFactory.builder().streamReadConstraints(limits).build();
    this.yaml = new Format(yamlFactory, mapper(yamlFactory), true);
    this.json = new Format(jsonFactory, mapper(jsonFactory), false);
  }

  private static ObjectMapper mapper(JsonFactory factory) {
    factory.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    return JsonMapper.builder(factory)
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

  public Loaded<Codebook> readCodebook(Path file) {
    return read(file, Codebook.class);
  }

  /** Which kind of document a file holds, judged by its top-level keys. */
  public DocumentKind kindOf(Path file) {
    Format format = formatOf(file);
    JsonNode tree = tree(file.toString(), format, bytes(file));
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
    if (tree.has("codebook")) {
      return DocumentKind.CODEBOOK;
    }
    return DocumentKind.UNKNOWN;
  }

  public <T> Loaded<T> read(Path file, Class<T> type) {
    String name = file.toString();
    Format format = formatOf(file);
    byte[] content = bytes(file);
    JsonNode tree = tree(name, format, content);
    if (tree == null || tree.isMissingNode() || tree.isNull()) {
      throw new SchemaException(new Problem(name, 1, 1, "", "the file is empty"));
    }
    SourceMap positions;
    try {
      positions = SourceMap.index(format.factory(), content);
    } catch (IOException e) {
      throw failure(name, format, null, e);
    }
    try {
      return new Loaded<>(name, format.mapper().readValue(content, type), positions);
    } catch (IOException e) {
      throw failure(name, format, positions, e);
    }
  }

  private Format formatOf(Path file) {
    return file.toString().toLowerCase(Locale.ROOT).endsWith(".json") ? json : yaml;
  }

  private static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new SchemaException(new Problem(file.toString(), 0, 0, "", "file not found"));
    } catch (IOException e) {
      throw new SchemaException(
          List.of(
              new Problem(file.toString(), 0, 0, "", "cannot read the file: " + e.getMessage())),
          e);
    }
  }

  /** The document as a tree, or null when it has no content; syntax errors are problems. */
  private JsonNode tree(String name, Format format, byte[] content) {
    screen.check(name, format.factory(), format.isYaml(), content);
    try {
      return format.mapper().readTree(content);
    } catch (IOException e) {
      throw failure(name, format, null, e);
    }
  }

  /**
   * A problem located as precisely as possible: a mapping problem at the field it concerns (Jackson
   * reports record fields where the block ends), a YAML syntax error at the scanner's own mark.
   */
  private static SchemaException failure(
      String file, Format format, SourceMap positions, IOException e) {
    SourceMap.Position position = SourceMap.Position.UNKNOWN;
    if (e instanceof JsonProcessingException jpe && jpe.getLocation() != null) {
      JsonLocation location = jpe.getLocation();
      position =
          new SourceMap.Position(
              Math.max(location.getLineNr(), 0), Math.max(location.getColumnNr(), 0));
    }
    MarkedYAMLException syntax = yamlSyntax(e);
    if (syntax != null) {
      Mark mark =
          syntax.getProblemMark() != null ? syntax.getProblemMark() : syntax.getContextMark();
      if (mark != null) {
        position = new SourceMap.Position(mark.getLine() + 1, mark.getColumn() + 1);
      }
      return problem(file, position, "", syntaxMessage(syntax, format), e);
    }
    FieldPath path = e instanceof JsonMappingException jme ? path(jme) : FieldPath.ROOT;
    String message = describe(e);
    if (positions != null && !path.segments().isEmpty()) {
      if (path.segments().get(path.segments().size() - 1) instanceof Integer
          && positions.positionOf(path).equals(positions.positionOf(path.parent()))
          && !positions.contains(path)) {
        // ACCEPT_SINGLE_VALUE_AS_ARRAY wrapped a scalar: the field itself is not a list.
        path = path.parent();
        message = "expected a list here";
      }
      position = positions.positionOf(path);
    } else if (positions != null && e instanceof JsonMappingException) {
      position = positions.positionOf(FieldPath.ROOT);
    }
    return problem(file, position, path.toString(), message, e);
  }

  private static SchemaException problem(
      String file, SourceMap.Position at, String field, String message, IOException cause) {
    return new SchemaException(
        List.of(new Problem(file, at.line(), at.column(), field, message)), cause);
  }

  private static MarkedYAMLException yamlSyntax(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof MarkedYAMLException marked) {
        return marked;
      }
    }
    return null;
  }

  private static String syntaxMessage(MarkedYAMLException e, Format format) {
    List<String> parts = new ArrayList<>();
    if (e.getContext() != null) {
      parts.add(e.getContext());
    }
    if (e.getProblem() != null) {
      parts.add(e.getProblem());
    }
    String text = parts.isEmpty() ? "not valid YAML" : String.join("; ", parts);
    if (format.isYaml() && text.contains("tab")) {
      text += " (indent with spaces, not tabs)";
    } else if (format.isYaml()
        && (text.startsWith("while parsing") || text.startsWith("while scanning"))) {
      text +=
          " (text containing : ? # { } [ ] or starting with a special character must be quoted)";
    }
    return text;
  }

  private static FieldPath path(JsonMappingException e) {
    List<Object> segments = new ArrayList<>();
    for (JsonMappingException.Reference reference : e.getPath()) {
      if (reference.getFieldName() != null) {
        segments.add(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        segments.add(reference.getIndex());
      }
    }
    return new FieldPath(segments);
  }

  /** What is wrong, in the file's own terms: {@link JacksonMessages} says how. */
  private static String describe(IOException e) {
    return JacksonMessages.describe(e);
  }

  /** The kinds of document the reader knows. */
  public enum DocumentKind {
    SURVEY_SCHEMA,
    FRAMEWORK,
    PROJECT,
    CODEBOOK,
    UNKNOWN
  }
}
