package dev.stocktake.etl.compare.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScaleTest {
  private static final List<String> STATUS =
      List.of(
          "not_started",
          "planned",
          "partially_implemented",
          "substantially_implemented",
          "implemented");

  @Test
  void anOldCodeThatBecameTwoMergesThemInBothRounds() {
    Scale scale =
        Scale.of(
            STATUS,
            List.of(
                "planned",
                "partially_implemented|substantially_implemented",
                "substantially_implemented",
                "implemented"));
    assertEquals(
        List.of(
            "not_started",
            "planned",
            "partially_implemented|substantially_implemented",
            "implemented"),
        scale.categories());
    assertEquals(2, scale.indexOf("substantially_implemented"));
    assertEquals(2, scale.indexOf("partially_implemented|substantially_implemented"));
    assertEquals(3, scale.indexOf("implemented"));
    assertEquals(
        List.of(List.of("partially_implemented", "substantially_implemented")), scale.merged());
  }

  @Test
  void withoutCoarsenedAnswersEveryCodeStandsAlone() {
    Scale scale = Scale.of(STATUS, List.of("planned", "implemented"));
    assertEquals(STATUS, scale.categories());
    assertEquals(List.of(), scale.merged());
  }

  @Test
  void codesOutsideTheListKeepTheirPlaceAfterIt() {
    Scale scale = Scale.of(List.of("yes", "no"), List.of("no", "maybe"));
    assertEquals(List.of("yes", "no", "maybe"), scale.categories());
  }
}
