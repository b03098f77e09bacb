package dev.stocktake.schema.lineage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CodeMappingTest {

  private static final CodeMapping SPLIT =
      CodeMapping.of(
          codes("a", List.of("a"), "b", List.of("b1", "b2"), "c", List.of("c"), "d", List.of()));

  @Test
  void identityMapsEveryCodeToItself() {
    CodeMapping identity = CodeMapping.identity();

    assertTrue(identity.isIdentity());
    assertEquals(Optional.of(List.of("anything")), identity.map("anything"));
    assertEquals(Map.of(), identity.asMap());
    assertEquals(List.of(), identity.mergedCategories());
    assertEquals("identity", identity.toString());
  }

  @Test
  void anExplicitMappingLeavesUnlistedCodesUnmapped() {
    assertFalse(SPLIT.isIdentity());
    assertEquals(Optional.of(List.of("b1", "b2")), SPLIT.map("b"));
    assertEquals(Optional.of(List.of()), SPLIT.map("d"), "mapped to nothing");
    assertEquals(Optional.empty(), SPLIT.map("e"), "unmapped");
    assertEquals("{a=[a], b=[b1, b2], c=[c], d=[]}", SPLIT.toString());
  }

  @Test
  void anEmptyExplicitMappingIsNotTheIdentity() {
    CodeMapping none = CodeMapping.of(Map.of());

    assertFalse(none.isIdentity());
    assertEquals(Optional.empty(), none.map("a"));
    assertNotEquals(CodeMapping.identity(), none);
  }

  @Test
  void theMappingIsACopy() {
    Map<String, List<String>> source = new LinkedHashMap<>();
    List<String> image = new ArrayList<>(List.of("x"));
    source.put("a", image);
    CodeMapping mapping = CodeMapping.of(source);
    source.put("b", List.of("y"));
    image.add("z");

    assertEquals(codes("a", List.of("x")), mapping.asMap());
  }

  @Test
  void thenWithTheIdentityOnEitherSideIsTheOtherMapping() {
    assertSame(SPLIT, CodeMapping.identity().then(SPLIT));
    assertSame(SPLIT, SPLIT.then(CodeMapping.identity()));
    assertTrue(CodeMapping.identity().then(CodeMapping.identity()).isIdentity());
  }

  @Test
  void thenComposesAndUnionsTheImages() {
    CodeMapping next =
        CodeMapping.of(
            codes(
                "a", List.of("x"), "b1", List.of("y"), "b2", List.of("y", "z"), "c", List.of("c")));

    CodeMapping composed = SPLIT.then(next);

    assertEquals(
        codes("a", List.of("x"), "b", List.of("y", "z"), "c", List.of("c"), "d", List.of()),
        composed.asMap());
  }

  @Test
  void thenLeavesACodeUnmappedIfAnyStepDoes() {
    // b2 is unmapped by the second step, so b (→ b1 + b2) is too; c is unmapped there as well.
    CodeMapping next = CodeMapping.of(codes("a", List.of("a"), "b1", List.of("b1")));

    CodeMapping composed = SPLIT.then(next);

    assertEquals(codes("a", List.of("a"), "d", List.of()), composed.asMap());
    assertEquals(Optional.empty(), composed.map("b"));
    assertEquals(Optional.empty(), composed.map("c"));
  }

  @Test
  void mergedCategoriesJoinOverlappingSplits() {
    CodeMapping mapping =
        CodeMapping.of(
            codes(
                "a", List.of("x", "y"),
                "b", List.of("u", "v"),
                "c", List.of("y", "z"),
                "d", List.of("w")));

    assertEquals(List.of(Set.of("u", "v"), Set.of("x", "y", "z")), mapping.mergedCategories());
    assertEquals(List.of(Set.of("b1", "b2")), SPLIT.mergedCategories());
  }

  @Test
  void equalMappingsAreEqual() {
    CodeMapping same =
        CodeMapping.of(
            codes("a", List.of("a"), "b", List.of("b1", "b2"), "c", List.of("c"), "d", List.of()));

    assertEquals(SPLIT, same);
    assertEquals(SPLIT.hashCode(), same.hashCode());
    assertEquals(CodeMapping.identity(), CodeMapping.identity());
    assertNotEquals(SPLIT, CodeMapping.of(codes("a", List.of("a"))));
  }

  private static Map<String, List<String>> codes(Object... pairs) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      @SuppressWarnings("unchecked")
      List<String> to = (List<String>) pairs[i + 1];
      map.put((String) pairs[i], to);
    }
    return map;
  }
}
