package dev.stocktake.schema.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stocktake.schema.SchemaException;
import dev.stocktake.schema.Text;
import dev.stocktake.schema.codebook.Codebook;
import dev.stocktake.schema.codebook.Rules;
import dev.stocktake.schema.codebook.Theme;
import dev.stocktake.schema.io.DocumentReader;
import dev.stocktake.schema.validate.CodebookContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project's codebooks are read, validated and ordered with the project. */
class ProjectCodebooksTest {
  private static final Path FIXTURE = Path.of("src/test/resources/codebooks/project");

  @TempDir Path folder;

  @Test
  void aValidCodebookLoadsWithEveryField() throws IOException {
    Project project = Project.load(copy(true));

    Codebook codebook = project.codebook("open-answers").orElseThrow();
    assertEquals(2, codebook.version());
    assertEquals(
        Map.of("en", "Open answers", "fr", "Réponses ouvertes"), codebook.title().byLanguage());
    assertEquals(List.of("en", "fr"), codebook.languages());
    assertEquals(List.of("comments", "crisis_comments"), codebook.questions());
    assertEquals(new Codebook.Campaigns(5, 0.9), codebook.campaigns());
    assertEquals(
        List.of("barriers", "resources", "cooperation"),
        codebook.themes().stream().map(Theme::id).toList());
    Theme resources = codebook.theme("resources").orElseThrow();
    assertEquals("barriers", resources.parent());
    assertEquals(
        new Rules(
            List.of("funding", "budget", "staff"),
            List.of("lack of resources"),
            List.of("\\bunder-?resourced\\b"),
            List.of("no lack of")),
        resources.rulesFor("en").orElseThrow());
    assertEquals(
        List.of("financement", "budget"), resources.rulesFor("fr").orElseThrow().keywords());
    assertEquals(Optional.empty(), resources.rulesFor("es"));
    assertEquals(
        Text.of(Map.of("en", "Barriers", "fr", "Obstacles")), codebook.themes().get(0).label());
    assertEquals(Map.of(), codebook.themes().get(0).rules());
  }

  @Test
  void codebooksAreOrderedById() throws IOException {
    Path project = copy(false);
    for (String id : List.of("zeta", "alpha", "mid")) {
      Files.writeString(project.resolve("codebooks").resolve(id + ".yaml"), minimal(id));
    }

    Project loaded = Project.load(project);

    assertEquals(
        List.of("alpha", "mid", "zeta"),
        loaded.codebooks().stream().map(Codebook::codebook).toList());
    assertEquals("mid", loaded.codebook("mid").orElseThrow().codebook());
    assertEquals(Optional.empty(), loaded.codebook("omega"));
  }

  @Test
  void aProjectWithoutACodebooksFolderHasNone() throws IOException {
    Path project = copy(false);
    Files.delete(project.resolve("codebooks"));

    Project loaded = Project.load(project);

    assertEquals(List.of(), loaded.codebooks());
    assertEquals(Optional.empty(), loaded.codebook("open-answers"));
  }

  @Test
  void everyBrokenCodebookIsReportedWithItsPlace() throws IOException {
    Path project = copy(false);
    Path codebooks = project.resolve("codebooks");
    Files.writeString(codebooks.resolve("a.yaml"), "codebook: a\nquestions: [comments\n");
    Files.writeString(
        codebooks.resolve("b.yaml"), minimal("b").replace("[comments]", "[comments, org_type]"));
    Files.writeString(codebooks.resolve("c.yaml"), minimal("c") + "campaigns: {min_size: [2]}\n");

    SchemaException e = assertThrows(SchemaException.class, () -> Project.load(project));

    assertEquals(
        List.of(
            codebooks.resolve("a.yaml")
                + ":3:1 while parsing a flow sequence; expected ',' or ']', but got <stream end>"
                + " (text containing : ? # { } [ ] or starting with a special character must be"
                + " quoted)",
            codebooks.resolve("b.yaml")
                + ":4:23 questions[1]: question \"org_type\" is a single_choice question; a"
                + " codebook codes text questions only",
            codebooks.resolve("c.yaml") + ":9:23 campaigns.min_size: "),
        e.problems().stream().map(Object::toString).map(ProjectCodebooksTest::cut).toList());
  }

  @Test
  void aCodebookFileIsCheckedAgainstTheProjectItSitsIn() throws IOException {
    DocumentReader reader = new DocumentReader();
    Path inProject = FIXTURE.resolve("codebooks/open-answers.yaml");
    Path alone = Files.copy(inProject, folder.resolve("open-answers.yaml"));

    CodebookContext context = ProjectFiles.codebookContextFor(inProject, reader);
    assertEquals(Optional.of(List.of("en", "fr", "es")), context.projectLanguages());
    assertEquals("demo", context.newestSchema().orElseThrow().survey());
    assertEquals(Optional.empty(), ProjectFiles.codebookContextFor(alone, reader).newestSchema());
    assertEquals(
        Optional.empty(), ProjectFiles.codebookContextFor(alone, reader).projectLanguages());
  }

  /** The message of a type mismatch is Jackson's wording; keep only its place. */
  private static String cut(String problem) {
    int at = problem.indexOf("campaigns.min_size: ");
    return at < 0 ? problem : problem.substring(0, at + "campaigns.min_size: ".length());
  }

  private static String minimal(String id) {
    return """
        codebook: %s
        title: {en: Open answers}
        languages: [en]
        questions: [comments]
        themes:
          - id: funding
            label: {en: Funding}
            rules: {en: {keywords: [funding]}}
        """
        .formatted(id);
  }

  /** The fixture project in the temporary folder, with or without its codebook. */
  private Path copy(boolean withCodebook) throws IOException {
    try (Stream<Path> walk = Files.walk(FIXTURE)) {
      for (Path p : walk.toList()) {
        Path target = folder.resolve(FIXTURE.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else if (withCodebook || !p.getParent().getFileName().toString().equals("codebooks")) {
          Files.copy(p, target);
        }
      }
    }
    assertTrue(Files.isDirectory(folder.resolve("codebooks")));
    return folder;
  }
}
