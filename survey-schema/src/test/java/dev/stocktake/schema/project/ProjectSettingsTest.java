package dev.stocktake.schema.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stocktake.schema.Examples;
import dev.stocktake.schema.SchemaException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The response-format settings of stocktake.yaml, {@code format} and {@code default_group}, are
 * checked when the project loads, with errors located in stocktake.yaml.
 */
class ProjectSettingsTest {
  @TempDir Path folder;

  @Test
  void theFormatDefaultsToStocktakeAndTheDefaultGroupToNone() throws IOException {
    Project project = Project.load(exampleWith(""));

    assertEquals("stocktake", project.config().format());
    assertEquals(null, project.config().defaultGroup());
  }

  @Test
  void everyPresetIsAccepted() throws IOException {
    for (String format : ProjectConfig.FORMATS) {
      Path copy = folder.resolve(format);
      Files.createDirectories(copy);
      assertEquals(
          format, Project.load(exampleIn(copy, "format: " + format + "\n")).config().format());
    }
  }

  @Test
  void anUnknownFormatIsLocatedAndListsTheFormats() throws IOException {
    Path project = exampleWith("format: qualtrics\n");

    SchemaException e = assertThrows(SchemaException.class, () -> Project.load(project));

    assertEquals(
        List.of(
            project.resolve("stocktake.yaml")
                + ":48:9 format: \"qualtrics\" is not a response format Stocktake reads; use one"
                + " of stocktake, kobo, odk, limesurvey"),
        e.problems().stream().map(Object::toString).toList());
  }

  @Test
  void aDefaultGroupOfEverySchemaIsKept() throws IOException {
    Project project = Project.load(exampleWith("default_group: civil_society\n"));

    assertEquals("civil_society", project.config().defaultGroup());
  }

  @Test
  void aDefaultGroupMissingFromARoundsSchemaIsLocated() throws IOException {
    Path project = exampleWith("default_group: academia\n");

    SchemaException e = assertThrows(SchemaException.class, () -> Project.load(project));

    assertEquals(
        List.of(
            project.resolve("stocktake.yaml")
                + ":48:16 default_group: group \"academia\" is not declared in schema v1 (round"
                + " 2020); its groups are: government, online_service_provider, civil_society,"
                + " partner"),
        e.problems().stream().map(Object::toString).toList());
  }

  /** The example project's settings, schemas and framework, with {@code extra} appended. */
  private Path exampleWith(String extra) throws IOException {
    return exampleIn(folder, extra);
  }

  private static Path exampleIn(Path target, String extra) throws IOException {
    for (String part : List.of("stocktake.yaml", "frameworks", "surveys")) {
      Path from = Examples.CCC.resolve(part);
      try (Stream<Path> walk = Files.walk(from)) {
        for (Path p : walk.toList()) {
          Path to = target.resolve(Examples.CCC.relativize(p).toString());
          if (Files.isDirectory(p)) {
            Files.createDirectories(to);
          } else {
            Files.copy(p, to);
          }
        }
      }
    }
    Path yaml = target.resolve("stocktake.yaml");
    Files.writeString(yaml, Files.readString(yaml) + extra);
    return target;
  }
}
