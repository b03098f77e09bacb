package dev.stocktake.schema.project;

import dev.stocktake.schema.SchemaException;
import dev.stocktake.schema.SurveySchema;
import dev.stocktake.schema.framework.Framework;
import dev.stocktake.schema.io.DocumentReader;
import dev.stocktake.schema.validate.CodebookContext;
import dev.stocktake.schema.validate.SchemaContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds a project's files on disk: the other versions of a survey beside a schema file, frameworks
 * in the {@code frameworks/} folder of the project a file belongs to, and codebooks with the
 * project they code.
 */
public final class ProjectFiles {
  private static final List<String> EXTENSIONS = List.of(".yaml", ".yml", ".json");

  /** surveys/<survey>/vN.yaml lies two folders below the project; look a little further. */
  private static final int FOLDERS_UP = 4;

  private ProjectFiles() {}

  /** {@code dir/stem.yaml} (or .yml, .json) if it exists, else null. */
  public static Path findDocument(Path dir, String stem) {
    for (String extension : EXTENSIONS) {
      Path candidate = dir.resolve(stem + extension);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  /** The codebook files of a project, {@code codebooks/*.yaml} (or .yml, .json), by name. */
  public static List<Path> codebookFiles(Path projectFolder) {
    Path folder = projectFolder.resolve("codebooks");
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> EXTENSIONS.stream().anyMatch(e -> lowerCaseName(f).endsWith(e)))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
  }

  private static String lowerCaseName(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT);
  }

  /**
   * The context of a codebook file: when it sits in {@code codebooks/} of a project, the project's
   * languages and newest schema; otherwise none. Files of the project that do not parse leave out
   * what they would have given; they are reported on their own.
   */
  public static CodebookContext codebookContextFor(Path codebookFile, DocumentReader reader) {
    Path folder = codebookFile.toAbsolutePath().getParent();
    if (folder == null
        || folder.getFileName() == null
        || !folder.getFileName().toString().equals("codebooks")) {
      return CodebookContext.none();
    }
    Path project = folder.getParent();
    Path file = findDocument(project, "stocktake");
    if (file == null) {
      return CodebookContext.none();
    }
    ProjectConfig config;
    try {
      config = reader.readProject(file).value();
    } catch (SchemaException e) {
      return CodebookContext.none();
    }
    Optional<SurveySchema> newest = Optional.empty();
    if (config.survey() != null && !config.rounds().isEmpty()) {
      int version = Collections.max(config.rounds().stream().map(RoundConfig::schema).toList());
      Path schema =
          findDocument(project.resolve("surveys").resolve(config.survey()), "v" + version);
      if (schema != null) {
        try {
          newest = Optional.of(reader.readSurvey(schema).value());
        } catch (SchemaException e) {
          newest = Optional.empty();
        }
      }
    }
    return CodebookContext.of(config.languages(), newest);
  }

  /** The context of a schema file: versions beside it, frameworks in an enclosing project. */
  public static SchemaContext contextFor(Path schemaFile, DocumentReader reader) {
    Path folder = schemaFile.toAbsolutePath().getParent();
    return new DiskContext(folder, reader);
  }

  private static final class DiskContext implements SchemaContext {
    private final Path folder;
    private final DocumentReader reader;
    private final Map<Integer, Optional<SurveySchema>> versions = new HashMap<>();
    private final Map<String, Optional<Framework>> frameworks = new HashMap<>();

    DiskContext(Path folder, DocumentReader reader) {
      this.folder = folder;
      this.reader = reader;
    }

    @Override
    public Optional<SurveySchema> version(int version) {
      return versions.computeIfAbsent(
          version, v -> load(findDocument(folder, "v" + v), SurveySchema.class));
    }

    @Override
    public Optional<Framework> framework(String id) {
      return frameworks.computeIfAbsent(id, this::findFramework);
    }

    private Optional<Framework> findFramework(String id) {
      Path dir = folder;
      for (int i = 0; i <= FOLDERS_UP && dir != null; i++, dir = dir.getParent()) {
        Path file = findDocument(dir.resolve("frameworks"), id);
        if (file != null) {
          return load(file, Framework.class);
        }
      }
      return Optional.empty();
    }

    /**
     * A file that exists but does not parse counts as not found here; it is reported on its own.
     */
    private <T> Optional<T> load(Path file, Class<T> type) {
      if (file == null) {
        return Optional.empty();
      }
      try {
        return Optional.of(reader.read(file, type).value());
      } catch (SchemaException e) {
        return Optional.empty();
      }
    }

    @Override
    public String describeLookup() {
      return "looked for v<N>.yaml in "
          + folder
          + " and frameworks/<id>.yaml in it and up to "
          + FOLDERS_UP
          + " folders above";
    }
  }
}
