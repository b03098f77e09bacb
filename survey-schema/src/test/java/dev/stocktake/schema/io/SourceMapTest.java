package dev.stocktake.schema.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.stocktake.schema.io.SourceMap.Position;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceMapTest {

  private static final String YAML =
      """
      survey: demo
      questions:
        - id: a
          label: {en: A, fr: "À"}
          hint:
          applies_to:
            - government
            - partner
        - id: b
          lineage:
            from: {version: 1, id: a}
      """;

  private static final String JSON =
      """
      {
        "survey": "demo",
        "questions": [
          {"id": "a", "label": {"en": "A"}},
          {
            "id": "b",
            "applies_to": ["government", "partner"]
          }
        ]
      }
      """;

  private static SourceMap index(JsonFactory factory, String content) throws IOException {
    return SourceMap.index(factory, content.getBytes(StandardCharsets.UTF_8));
  }

  private static Position at(int line, int column) {
    return new Position(line, column);
  }

  @Test
  void yamlFieldsAreLocatedAtTheirValues() throws IOException {
    SourceMap map = index(new YAMLFactory(), YAML);

    assertEquals(at(1, 9), map.positionOf(FieldPath.of("survey")));
    assertEquals(at(3, 9), map.positionOf(FieldPath.of("questions", 0, "id")));
    assertEquals(at(4, 12), map.positionOf(FieldPath.of("questions", 0, "label")));
    assertEquals(at(4, 17), map.positionOf(FieldPath.of("questions", 0, "label", "en")));
    assertEquals(at(4, 24), map.positionOf(FieldPath.of("questions", 0, "label", "fr")));
    assertEquals(at(8, 9), map.positionOf(FieldPath.of("questions", 0, "applies_to", 1)));
    assertEquals(at(11, 30), map.positionOf(FieldPath.of("questions", 1, "lineage", "from", "id")));
  }

  @Test
  void yamlBlocksAndListsAreLocatedAtTheirStart() throws IOException {
    SourceMap map = index(new YAMLFactory(), YAML);

    assertEquals(at(1, 1), map.positionOf(FieldPath.ROOT));
    assertEquals(at(3, 3), map.positionOf(FieldPath.of("questions")));
    assertEquals(at(3, 5), map.positionOf(FieldPath.of("questions", 0)));
    assertEquals(at(9, 5), map.positionOf(FieldPath.of("questions", 1)));
    assertEquals(at(7, 7), map.positionOf(FieldPath.of("questions", 0, "applies_to")));
    assertEquals(at(11, 7), map.positionOf(FieldPath.of("questions", 1, "lineage")));
    assertEquals(at(11, 13), map.positionOf(FieldPath.of("questions", 1, "lineage", "from")));
  }

  @Test
  void aKeyWithoutValueIsLocated() throws IOException {
    SourceMap map = index(new YAMLFactory(), YAML);

    assertEquals(5, map.positionOf(FieldPath.of("questions", 0, "hint")).line());
  }

  @Test
  void aMissingFieldFallsBackToItsNearestAncestor() throws IOException {
    SourceMap map = index(new YAMLFactory(), YAML);

    assertEquals(at(3, 5), map.positionOf(FieldPath.of("questions", 0, "choices")));
    assertEquals(at(11, 13), map.positionOf(FieldPath.of("questions", 1, "lineage", "from", "x")));
    assertEquals(at(3, 3), map.positionOf(FieldPath.of("questions", 7, "id")));
    assertEquals(at(1, 1), map.positionOf(FieldPath.of("retired", 0, "id")));
  }

  @Test
  void anEmptyMapKnowsNoPosition() {
    assertEquals(Position.UNKNOWN, SourceMap.empty().positionOf(FieldPath.of("survey")));
    assertEquals(Position.UNKNOWN, SourceMap.empty().positionOf(FieldPath.ROOT));
    assertEquals(at(0, 0), Position.UNKNOWN);
  }

  @Test
  void jsonReadAsYamlIsLocatedLikeJson() throws IOException {
    for (JsonFactory factory : new JsonFactory[] {new YAMLFactory(), new JsonFactory()}) {
      SourceMap map = index(factory, JSON);
      String name = factory.getFormatName();

      assertEquals(at(1, 1), map.positionOf(FieldPath.ROOT), name);
      assertEquals(at(2, 13), map.positionOf(FieldPath.of("survey")), name);
      assertEquals(at(3, 16), map.positionOf(FieldPath.of("questions")), name);
      assertEquals(at(4, 5), map.positionOf(FieldPath.of("questions", 0)), name);
      assertEquals(at(4, 12), map.positionOf(FieldPath.of("questions", 0, "id")), name);
      assertEquals(at(4, 26), map.positionOf(FieldPath.of("questions", 0, "label")), name);
      assertEquals(at(4, 33), map.positionOf(FieldPath.of("questions", 0, "label", "en")), name);
      assertEquals(at(5, 5), map.positionOf(FieldPath.of("questions", 1)), name);
      assertEquals(at(7, 21), map.positionOf(FieldPath.of("questions", 1, "applies_to")), name);
      assertEquals(at(7, 36), map.positionOf(FieldPath.of("questions", 1, "applies_to", 1)), name);
      assertEquals(at(5, 5), map.positionOf(FieldPath.of("questions", 1, "label")), name);
    }
  }

  @Test
  void keysThatLookLikePointersAreEscaped() throws IOException {
    SourceMap map = index(new YAMLFactory(), "recode:\n  a/b: x\n  c~d: y\n");

    assertEquals(at(2, 8), map.positionOf(FieldPath.of("recode", "a/b")));
    assertEquals(at(3, 8), map.positionOf(FieldPath.of("recode", "c~d")));
  }
}
