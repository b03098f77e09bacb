package dev.stocktake.etl.ingest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.stocktake.etl.ingest.internal.ColumnPlan.Column;
import dev.stocktake.etl.ingest.internal.ColumnPlan.Kind;
import org.junit.jupiter.api.Test;

/** LimeSurvey headings and answer codes read back into the example schema's ids and codes. */
class LimeSurveyCodesTest {
  private static final RoundRules V2 = ExampleProject.rules(2);

  @Test
  void aQuestionCodeIsTheIdWithoutItsUnderscoresInAnyCase() {
    assertEquals(
        new Column(3, "hqregion", Kind.ANSWER, "hq_region", null, -1),
        LimeSurveyCodes.column(3, "hqregion", "hqregion", V2));
    assertEquals(
        new Column(0, "HQRegion", Kind.ANSWER, "hq_region", null, -1),
        LimeSurveyCodes.column(0, "HQRegion", "HQRegion", V2));
    assertNull(LimeSurveyCodes.column(0, "hqregions", "hqregions", V2));
  }

  @Test
  void aSubquestionIsTheNthChoiceOrTheChoiceCode() {
    assertEquals(
        new Column(
            1, "servicetypes[SQ002]", Kind.CHOICE_FLAG, "service_types", "video_sharing", -1),
        LimeSurveyCodes.column(1, "servicetypes[SQ002]", "servicetypes[SQ002]", V2));
    assertEquals(
        new Column(
            1, "servicetypes[socialmedia]", Kind.CHOICE_FLAG, "service_types", "social_media", -1),
        LimeSurveyCodes.column(1, "servicetypes[socialmedia]", "servicetypes[socialmedia]", V2));
    assertEquals(
        "other",
        LimeSurveyCodes.column(1, "servicetypes[SQ009]", "servicetypes[SQ009]", V2).code());
  }

  @Test
  void otherTextOutOfRangeSubquestionsAndSingleChoiceBracketsAreNoColumnOfTheSchema() {
    assertNull(LimeSurveyCodes.column(1, "hqregion[other]", "hqregion[other]", V2));
    assertNull(LimeSurveyCodes.column(1, "servicetypes[SQ010]", "servicetypes[SQ010]", V2));
    assertNull(LimeSurveyCodes.column(1, "servicetypes[comment]", "servicetypes[comment]", V2));
  }

  @Test
  void answerCodesAreTheNthChoiceOrTheChoiceCode() {
    QuestionRule region = V2.question("hq_region");
    assertEquals("sub_saharan_africa", LimeSurveyCodes.value(region, "A1"));
    assertEquals("latin_america_caribbean", LimeSurveyCodes.value(region, "A7"));
    assertEquals("europe", LimeSurveyCodes.value(region, "a05"));
    assertEquals("north_america", LimeSurveyCodes.value(region, "NorthAmerica"));
    assertEquals("asia", LimeSurveyCodes.value(region, "asia"));
  }

  @Test
  void anAnswerThatMapsToNothingIsKeptRawForTheCheckToSetAside() {
    QuestionRule region = V2.question("hq_region");
    assertEquals("A8", LimeSurveyCodes.value(region, "A8"));
    assertEquals("A0", LimeSurveyCodes.value(region, "A0"));
    assertEquals("antarctica", LimeSurveyCodes.value(region, "antarctica"));
  }

  @Test
  void yesNoDatesAndLikertScales() {
    assertEquals("yes", LimeSurveyCodes.value(V2.question("ccan_member"), "Y"));
    assertEquals("no", LimeSurveyCodes.value(V2.question("ccan_member"), "N"));
    assertEquals("maybe", LimeSurveyCodes.value(V2.question("ccan_member"), "maybe"));
    assertEquals(
        "2022-03-15",
        LimeSurveyCodes.value(V2.question("last_activation_date"), "2022-03-15 00:00:00"));
    assertEquals(
        "2022-03-15 10:30:00",
        LimeSurveyCodes.value(V2.question("last_activation_date"), "2022-03-15 10:30:00"));
    assertEquals(
        "partially_implemented", LimeSurveyCodes.value(V2.question("status_human_rights"), "A3"));
    assertEquals("12", LimeSurveyCodes.value(V2.question("staff_tvec"), "12"));
  }

  @Test
  void aSubquestionFlagIsYOrNothing() {
    assertEquals(true, LimeSurveyCodes.flag("Y"));
    assertEquals(true, LimeSurveyCodes.flag("y"));
    assertEquals(false, LimeSurveyCodes.flag(""));
    assertEquals(false, LimeSurveyCodes.flag(null));
    assertNull(LimeSurveyCodes.flag("N"));
    assertNull(LimeSurveyCodes.flag("1"));
  }
}
