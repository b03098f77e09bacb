package dev.stocktake.schema;

import dev.stocktake.schema.io.DocumentReader;
import dev.stocktake.schema.io.DocumentReader.DocumentKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The examples shipped in {@code examples/}, as tests read them (surefire runs in the module). */
public final class Examples {

  /** The folder of all examples. */
  public static final Path ROOT = Path.of("../examples");

  /** The Christchurch Call consultation project. */
  public static final Path CCC = ROOT.resolve("christchurch-call-consultation");

  /** The folder of its survey's schema versions. */
  public static final Path CCC_SURVEY = CCC.resolve("surveys/ccc-community-consultation");

  private Examples() {}

  /** Version {@code version} of the example survey. */
  public static SurveySchema cccSchema(int version) {
    return new DocumentReader().readSurvey(CCC_SURVEY.resolve("v" + version + ".yaml")).value();
  }

  /**
   * Every example document of a kind, found by where it stands (the layout of docs/formats.md):
   * {@code stocktake.yaml}, {@code frameworks/*.yaml}, {@code codebooks/*.yaml} and {@code
   * surveys/<survey>/v<N>.yaml}.
   */
  public static List<Path> documents(DocumentKind kind) {
    try (Stream<Path> walk = Files.walk(ROOT)) {
      return walk.filter(Files::isRegularFile)
          .filter(f -> kindByPlace(f) == kind)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The kind of document a file is meant to be, judged by its name and folder. */
  public static DocumentKind kindByPlace(Path file) {
    String name = file.getFileName().toString();
    Path parent = file.getParent();
    if (name.equals("stocktake.yaml")) {
      return DocumentKind.PROJECT;
    }
    if (name.endsWith(".yaml") && parent.getFileName().toString().equals("frameworks")) {
      return DocumentKind.FRAMEWORK;
    }
    if (name.endsWith(".yaml") && parent.getFileName().toString().equals("codebooks")) {
      return DocumentKind.CODEBOOK;
    }
    if (name.matches("v\\d+\\.yaml")
        && parent.getParent() != null
        && parent.getParent().getFileName().toString().equals("surveys")) {
      return DocumentKind.SURVEY_SCHEMA;
    }
    return DocumentKind.UNKNOWN;
  }
}
