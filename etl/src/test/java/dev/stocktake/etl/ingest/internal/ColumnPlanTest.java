package dev.stocktake.etl.ingest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stocktake.etl.ingest.ExportFormat;
import dev.stocktake.etl.ingest.internal.ColumnPlan.Kind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnPlanTest {
  private static final RoundRules V2 = ExampleProject.rules(2);

  private static List<Kind> kinds(ColumnPlan plan) {
    return plan.columns().stream().map(ColumnPlan.Column::kind).toList();
  }

  @Test
  void stocktakeColumnsMapByName() {
    ColumnPlan plan =
        ColumnPlan.of(
            List.of("respondent_id", "group", "submitted_at", "hq_region", "notes"),
            V2,
            Map.of(),
            "stocktake");
    assertEquals(
        List.of(Kind.STANDARD, Kind.STANDARD, Kind.STANDARD, Kind.ANSWER, Kind.UNKNOWN),
        kinds(plan));
    assertEquals(2, plan.standardIndex("submitted_at"));
    assertEquals(-1, plan.standardIndex("language"));
    assertEquals(List.of(), plan.missingRequiredStandard());
  }

  @Test
  void surveyToolExportsMapThroughPathsAndTheProjectMapping() {
    ColumnPlan plan =
        ColumnPlan.of(
            List.of(
                "start",
                "org/org_id",
                "org/stakeholder",
                "about_org/hq_region",
                "community/engagement_channels/gifct",
                "_submission_time",
                "_uuid",
                "meta/instanceID"),
            V2,
            Map.of(
                "org/org_id",
                "respondent_id",
                "org/stakeholder",
                "group",
                "_submission_time",
                "submitted_at"),
            "kobo");
    assertEquals(
        List.of(
            Kind.METADATA,
            Kind.STANDARD,
            Kind.STANDARD,
            Kind.ANSWER,
            Kind.CHOICE_FLAG,
            Kind.STANDARD,
            Kind.METADATA,
            Kind.METADATA),
        kinds(plan));
    ColumnPlan.Column flag = plan.columns().get(4);
    assertEquals("engagement_channels", flag.question());
    assertEquals("gifct", flag.code());
    assertEquals(5, plan.standardIndex("submitted_at"));
  }

  @Test
  void aRepeatedColumnKeepsTheFirst() {
    ColumnPlan plan =
        ColumnPlan.of(
            List.of("respondent_id", "group", "year_joined", "year_joined"),
            V2,
            Map.of(),
            "stocktake");
    ColumnPlan.Column repeat = plan.columns().get(3);
    assertEquals(Kind.DUPLICATE, repeat.kind());
    assertEquals(2, repeat.first());
  }

  @Test
  void missingIdOrGroupColumnsAreReported() {
    ColumnPlan plan = ColumnPlan.of(List.of("hq_region"), V2, Map.of(), "stocktake");
    assertEquals(List.of("respondent_id", "group"), plan.missingRequiredStandard());
  }

  @Test
  void theOwnFormatTreatsUnderscoreColumnsAsUnknown() {
    ColumnPlan plan =
        ColumnPlan.of(List.of("respondent_id", "group", "_uuid"), V2, Map.of(), "stocktake");
    assertEquals(Kind.UNKNOWN, plan.columns().get(2).kind());
  }

  @Test
  void koboAnswerAndChoiceColumnsOfOneQuestionAreNoDuplicates() {
    ColumnPlan plan =
        ColumnPlan.of(
            List.of(
                "org/stakeholder",
                "about_org/service_types",
                "about_org/service_types/social_media",
                "about_org/service_types/gaming",
                "_uuid",
                "_submission_time"),
            V2,
            Map.of("org/stakeholder", "group"),
            "kobo");
    assertEquals(
        List.of(
            Kind.STANDARD,
            Kind.ANSWER,
            Kind.CHOICE_FLAG,
            Kind.CHOICE_FLAG,
            Kind.STANDARD,
            Kind.STANDARD),
        kinds(plan));
    assertEquals(4, plan.standardIndex("respondent_id"));
    assertEquals(5, plan.standardIndex("submitted_at"));
    assertEquals("gaming", plan.columns().get(3).code());
  }

  @Test
  void odkGroupPathsAreJoinedWithHyphens() {
    ColumnPlan plan =
        ColumnPlan.of(
            List.of(
                "SubmissionDate",
                "about_org-hq_region",
                "about_org-service_types/video_sharing",
                "about_org-service_types-gaming",
                "meta-instanceID",
                "KEY",
                "ReviewState"),
            V2,
            Map.of(),
            "odk");
    assertEquals(
        List.of(
            Kind.STANDARD,
            Kind.ANSWER,
            Kind.CHOICE_FLAG,
            Kind.CHOICE_FLAG,
            Kind.METADATA,
            Kind.STANDARD,
            Kind.METADATA),
        kinds(plan));
    assertEquals(5, plan.standardIndex("respondent_id"));
    assertEquals(List.of("group"), plan.missingRequiredStandard());
  }

  @Test
  void limeSurveyHeadingsAreQuestionCodes() {
    ColumnPlan plan =
        ColumnPlan.of(
            List.of(
                "id",
                "submitdate",
                "lastpage",
                "startlanguage",
                "token",
                "hqregion",
                "servicetypes[SQ001]",
                "servicetypes[other]"),
            V2,
            Map.of(),
            "limesurvey");
    assertEquals(
        List.of(
            Kind.METADATA,
            Kind.STANDARD,
            Kind.METADATA,
            Kind.STANDARD,
            Kind.STANDARD,
            Kind.ANSWER,
            Kind.CHOICE_FLAG,
            Kind.UNKNOWN),
        kinds(plan));
    assertEquals(4, plan.standardIndex("respondent_id"));
    assertEquals(3, plan.standardIndex("language"));
    assertEquals("social_media", plan.columns().get(6).code());
  }

  @Test
  void aDefaultGroupStandsInForAMissingGroupColumn() {
    ColumnPlan plan =
        ColumnPlan.of(
            List.of("respondent_id", "hq_region"),
            V2,
            new ReadSettings(ExportFormat.STOCKTAKE, Map.of(), "partner"));
    assertEquals(List.of(), plan.missingRequiredStandard());
  }
}
