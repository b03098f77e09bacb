package dev.stocktake.schema.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.stocktake.schema.Problem;
import dev.stocktake.schema.SchemaException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile documents are refused quickly, with the file and line: alias bombs, deep nesting, huge
 * strings and documents, in YAML and JSON; and no tag or type hint builds an object. The files are
 * made here, since the big ones would be megabytes in the repository.
 */
class DocumentReaderLimitsTest {
  /** Generous for a loaded 2-core machine; before the screen a 4 MB line took over a minute. */
  private static final Duration FAST = Duration.ofSeconds(20);

  private static final AtomicInteger REFUSED = new AtomicInteger();
  private static final AtomicInteger CANARIES = new AtomicInteger();

  @TempDir Path temp;

  private final DocumentReader reader = new DocumentReader();

  /** Counts its constructions: no document may make one. */
  public static final class Canary {
    public Canary() {
      CANARIES.incrementAndGet();
    }
  }

  @AfterAll
  static void report() {
    System.out.println(
        "DocumentReaderLimitsTest: "
            + REFUSED.get()
            + " hostile documents refused, "
            + CANARIES.get()
            + " objects built from tags or type hints");
  }

  @Test
  void aBillionLaughsIsRefusedAtItsFirstAlias() throws IOException {
    StringBuilder yaml = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (char c = 'b'; c <= 'i'; c++) {
      String previous = "*" + (char) (c - 1);
      yaml.append(c)
          .append(": &")
          .append(c)
          .append(" [")
          .append(String.join(", ", java.util.Collections.nCopies(9, previous)))
          .append("]\n");
    }
    assertEquals(
        "bomb.yaml:2:8 YAML alias *a is not supported: write the value out in full (it would be"
            + " read as the text \"a\", not the value it stands for)",
        refusal("bomb.yaml", yaml.toString()));
  }

  @Test
  void anAliasIsRefusedRatherThanReadAsItsName() throws IOException {
    assertEquals(
        "alias.yaml:3:8 YAML alias *en is not supported: write the value out in full (it would be"
            + " read as the text \"en\", not the value it stands for)",
        refusal("alias.yaml", "survey: demo\nlabel: &en Demo\ntitle: *en\n"));
  }

  @Test
  void yamlNestedDeeperThan64LevelsIsRefusedAtTheLevelTooDeep() throws IOException {
    StringBuilder yaml = new StringBuilder();
    for (int level = 0; level < 5_000; level++) {
      yaml.append("  ".repeat(level)).append("k:\n");
    }
    assertEquals(
        "deep.yaml:65:129 blocks or lists nested deeper than 64 levels; no Stocktake document"
            + " needs that many (is this the right file?)",
        refusal("deep.yaml", yaml.toString()));
  }

  @Test
  void yamlFlowListsNestedDeeplyAreRefused() throws IOException {
    assertEquals(
        "deep-flow.yaml:1:65 blocks or lists nested deeper than 64 levels; no Stocktake document"
            + " needs that many (is this the right file?)",
        refusal("deep-flow.yaml", "[".repeat(1_000) + "]".repeat(1_000)));
  }

  @Test
  void jsonNestedDeeperThan64LevelsIsRefused() throws IOException {
    assertEquals(
        "deep.json:1:65 blocks or lists nested deeper than 64 levels; no Stocktake document"
            + " needs that many (is this the right file?)",
        refusal("deep.json", "[".repeat(100_000) + "]".repeat(100_000)));
  }

  @Test
  void aHugeYamlStringOnOneLineIsRefusedBeforeTheScannerSeesIt() throws IOException {
    assertEquals(
        "long-line.yaml:2:1 line 2 is longer than 65,536 characters, the most a line may have;"
            + " write long text over several lines with a | or > block",
        refusal("long-line.yaml", "survey: demo\ntitle: \"" + "x".repeat(4 << 20) + "\"\n"));
  }

  @Test
  void aHugeYamlStringOverManyLinesIsRefused() throws IOException {
    String line = "  " + "y".repeat(79) + "\n";
    assertEquals(
        "long-text.yaml:2:8 a value of 1,310,720 characters; a value may have at most 1,048,576",
        refusal("long-text.yaml", "survey: demo\ntitle: |\n" + line.repeat(16_384)));
  }

  @Test
  void aHugeJsonStringIsRefused() throws IOException {
    assertEquals(
        "long.json:2:11 a value longer than 1,048,576 characters, the most a value may have",
        refusal(
            "long.json", "{\"survey\": \"demo\",\n \"title\": \"" + "x".repeat(2 << 20) + "\"}"));
  }

  @Test
  void aHugeYamlDocumentIsRefused() throws IOException {
    String item = "  - abcdefghijklmnopqrstuvwxyz0123456789\n"; // 41 characters
    String refusal = refusal("huge.yaml", "items:\n" + item.repeat(420_000));
    assertEquals(
        "the file is longer than 16,777,216 characters, the most a Stocktake document may have",
        refusal.replaceFirst("^huge\\.yaml:\\d+:\\d+ ", ""));
    assertEquals(true, refusal.matches("^huge\\.yaml:40\\d{4}:\\d+ .*"), refusal);
  }

  @Test
  void globalTagsAreRefusedAndBuildNothing() throws IOException {
    assertEquals(
        "engine.yaml:2:10 YAML tag !!javax.script.ScriptEngineManager is not allowed: Stocktake"
            + " documents are plain data and nothing is built from a tag; remove it",
        refusal(
            "engine.yaml",
            "survey: demo\nversion: !!javax.script.ScriptEngineManager"
                + " [!!java.net.URLClassLoader [[!!java.net.URL [\"http://localhost/\"]]]]\n"));
    assertEquals(
        "canary.yaml:1:1 YAML tag !!"
            + Canary.class.getName()
            + " is not allowed: Stocktake"
            + " documents are plain data and nothing is built from a tag; remove it",
        refusal("canary.yaml", "!!" + Canary.class.getName() + " {}\n"));
    assertEquals(
        "local.yaml:1:9 YAML tag !canary is not allowed: Stocktake documents are plain data and"
            + " nothing is built from a tag; remove it",
        refusal("local.yaml", "survey: !canary demo\n"));
    assertEquals(0, CANARIES.get());
  }

  @Test
  void coreTagsOnlySayWhatAValueAlreadyIs() throws IOException {
    Path file = write("core.yaml", "a: !!str 12\nb: !!int 3\n");
    assertEquals(Map.of("a", "12", "b", 3), reader.read(file, Object.class).value());
  }

  /** No default typing: a class name in JSON is data, whether as "@class" or as a type wrapper. */
  @Test
  void jsonTypeHintsAreDataNotClasses() throws IOException {
    String canary = Canary.class.getName();
    Object property =
        reader.read(write("class.json", "{\"@class\": \"" + canary + "\"}"), Object.class).value();
    Object wrapper =
        reader.read(write("wrapper.json", "[\"" + canary + "\", {}]"), Object.class).value();
    assertEquals(Map.of("@class", canary), property);
    assertEquals(List.of(canary, Map.of()), wrapper);
    assertEquals(0, CANARIES.get());
    Path survey = write("survey.json", "{\"@class\": \"" + canary + "\"}");
    assertThrows(SchemaException.class, () -> reader.readSurvey(survey));
    assertEquals(0, CANARIES.get());
  }

  /** The one problem of reading {@code content} as a survey, named by file name, fast. */
  private String refusal(String name, String content) throws IOException {
    Path file = write(name, content);
    SchemaException e =
        assertTimeoutPreemptively(
            FAST, () -> assertThrows(SchemaException.class, () -> reader.readSurvey(file)));
    assertEquals(1, e.problems().size(), e::getMessage);
    Problem problem = e.problems().get(0);
    REFUSED.incrementAndGet();
    return problem.toString().replace(temp + temp.getFileSystem().getSeparator(), "");
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(temp.resolve(name), content, StandardCharsets.UTF_8);
  }
}
