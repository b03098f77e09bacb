package dev.stocktake.reports.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class UserTextTest {
  @Test
  void overridesEmbeddingsAndIsolatesAreRemoved() {
    // An unclosed right-to-left override would show "exe.fdp" and everything after it reversed.
    assertEquals("invoice fdp.exe", UserText.withoutBidiControls("invoice \u202Efdp.exe"));
    assertEquals(
        "abcdefghi",
        UserText.withoutBidiControls(
            "a\u202Ab\u202Bc\u202Cd\u202De\u202Ef\u2066g\u2067h\u2068i\u2069"));
  }

  @Test
  void lettersAndDirectionalMarksStay() {
    String arabic = "تقرير الشفافية \u200F(2022)\u200E ok";
    assertEquals(arabic, UserText.withoutBidiControls(arabic));
    assertNull(UserText.withoutBidiControls(null));
  }
}
