package dev.stocktake.schema.project;

import dev.stocktake.schema.Problem;
import dev.stocktake.schema.SchemaException;
import dev.stocktake.schema.SurveySchema;
import dev.stocktake.schema.codebook.Codebook;
import dev.stocktake.schema.framework.Framework;
import dev.stocktake.schema.io.DocumentReader;
import dev.stocktake.schema.io.Loaded;
import dev.stocktake.schema.validate.CodebookContext;
import dev.stocktake.schema.validate.CodebookValidator;
import dev.stocktake.schema.validate.FrameworkValidator;
import dev.stocktake.schema.validate.ProjectValidator;
import dev.stocktake.schema.validate.SchemaValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A consultation project loaded and validated as a whole: its settings, every schema version its
 * rounds use, its framework and its codebooks. Loading fails with every problem of every file at
 * once.
 *
 * @param codebooks every {@code codebooks/*.yaml}, by id
 */
public record Project(
    Path folder,
    ProjectConfig config,
    Map<Integer, SurveySchema> schemas,
    Optional<Framework> framework,
    List<Codebook> codebooks) {

  public Project {
    schemas = Collections.unmodifiableMap(new TreeMap<>(schemas));
    codebooks = codebooks.stream().sorted(Comparator.comparing(Codebook::codebook)).toList();
  }

  /** A project without codebooks. */
  public Project(
      Path folder,
      ProjectConfig config,
      Map<Integer, SurveySchema> schemas,
      Optional<Framework> framework) {
    this(folder, config, schemas, framework, List.of());
  }

  public static Project load(Path folder) {
    return load(folder, new DocumentReader());
  }

  public static Project load(Path folder, DocumentReader reader) {
    Path file = ProjectFiles.findDocument(folder, "stocktake");
    if (file == null || !Files.isDirectory(folder)) {
      throw new SchemaException(
          new Problem(
              folder.resolve("stocktake.yaml").toString(),
              0,
              0,
              "",
              "not a Stocktake project: no stocktake.yaml in " + folder));
    }
    Loaded<ProjectConfig> config = reader.readProject(file);
    List<Problem> problems = new ArrayList<>(new ProjectValidator().validate(config));
    if (!problems.isEmpty()) {
      throw new SchemaException(problems, null);
    }
    Optional<Framework> framework = Optional.empty();
    if (config.value().framework() != null) {
      Loaded<Framework> loaded =
          reader.readFramework(
              ProjectFiles.findDocument(folder.resolve("frameworks"), config.value().framework()));
      problems.addAll(new FrameworkValidator().validate(loaded));
      framework = Optional.of(loaded.value());
    }
    Map<Integer, SurveySchema> schemas = new TreeMap<>();
    Path surveys = folder.resolve("surveys").resolve(config.value().survey());
    for (RoundConfig round : config.value().rounds()) {
      if (schemas.containsKey(round.schema())) {
        continue;
      }
      Path schemaFile = ProjectFiles.findDocument(surveys, "v" + round.schema());
      Loaded<SurveySchema> schema = reader.readSurvey(schemaFile);
      problems.addAll(
          new SchemaValidator().validate(schema, ProjectFiles.contextFor(schemaFile, reader)));
      schemas.put(round.schema(), schema.value());
    }
    if (problems.isEmpty()) {
      problems.addAll(new ProjectValidator().validateAgainstSchemas(config, schemas));
    }
    CodebookContext context =
        CodebookContext.of(
            config.value().languages(),
            schemas.isEmpty()
                ? Optional.empty()
                : Optional.of(schemas.get(Collections.max(schemas.keySet()))));
    List<Codebook> codebooks = codebooks(folder, reader, context, problems);
    if (!problems.isEmpty()) {
      throw new SchemaException(problems, null);
    }
    // A codebook linked to sections codes their text questions in the newest schema.
    SurveySchema newest = schemas.get(Collections.max(schemas.keySet()));
    return new Project(
        folder,
        config.value(),
        schemas,
        framework,
        codebooks.stream().map(c -> c.resolvedFor(newest)).toList());
  }

  /** Reads and validates every codebook, adding their problems to {@code problems}. */
  private static List<Codebook> codebooks(
      Path folder, DocumentReader reader, CodebookContext context, List<Problem> problems) {
    List<Codebook> codebooks = new ArrayList<>();
    for (Path file : ProjectFiles.codebookFiles(folder)) {
      try {
        Loaded<Codebook> codebook = reader.readCodebook(file);
        problems.addAll(new CodebookValidator().validate(codebook, context));
        codebooks.add(codebook.value());
      } catch (SchemaException e) {
        problems.addAll(e.problems());
      }
    }
    return codebooks;
  }

  /** The codebook with id {@code id}, if the project has it. */
  public Optional<Codebook> codebook(String id) {
    return codebooks.stream().filter(c -> c.codebook().equals(id)).findFirst();
  }

  /** The schema version a round was fielded with. */
  public SurveySchema schemaOf(RoundConfig round) {
    return schemas.get(round.schema());
  }

  /** The newest schema version: what every round is harmonised to. */
  public SurveySchema newestSchema() {
    return schemas.get(Collections.max(schemas.keySet()));
  }
}
