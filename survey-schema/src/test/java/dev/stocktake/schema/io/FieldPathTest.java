package dev.stocktake.schema.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldPathTest {

  private static final FieldPath CHOICES = FieldPath.of("questions", 7, "choices");

  @Test
  void rendersAsPeopleReadIt() {
    assertEquals("questions[7].choices", CHOICES.toString());
    assertEquals(
        "questions[7].lineage.merged_from[1].recode.in_progress",
        FieldPath.of("questions", 7, "lineage", "merged_from", 1, "recode", "in_progress")
            .toString());
    assertEquals("survey", FieldPath.of("survey").toString());
    assertEquals("", FieldPath.ROOT.toString());
  }

  @Test
  void rendersAsAJsonPointer() {
    assertEquals("/questions/7/choices", CHOICES.pointer());
    assertEquals("", FieldPath.ROOT.pointer());
    assertEquals("/recode/a~1b/c~0d", FieldPath.of("recode", "a/b", "c~d").pointer());
    assertEquals("/recode/~01", FieldPath.of("recode", "~1").pointer());
  }

  @Test
  void buildsByFieldAndIndex() {
    FieldPath built = FieldPath.ROOT.field("questions").index(7).field("choices");

    assertEquals(CHOICES, built);
    assertEquals(List.of("questions", 7, "choices"), built.segments());
    assertEquals(List.of(), FieldPath.ROOT.segments(), "appending leaves the original alone");
  }

  @Test
  void theParentDropsTheLastSegment() {
    assertEquals(FieldPath.of("questions", 7), CHOICES.parent());
    assertEquals(FieldPath.of("questions"), CHOICES.parent().parent());
    assertEquals(FieldPath.ROOT, CHOICES.parent().parent().parent());
    assertSame(FieldPath.ROOT, FieldPath.ROOT.parent());
  }

  @Test
  void theSegmentsAreACopy() {
    List<Object> segments = new ArrayList<>(List.of("questions", 0));
    FieldPath path = new FieldPath(segments);
    segments.add("id");

    assertEquals("questions[0]", path.toString());
  }

  @Test
  void aLeadingIndexHasNoDot() {
    assertEquals("[0].id", FieldPath.of(0, "id").toString());
  }
}
