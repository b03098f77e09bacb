package dev.stocktake.etl.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stocktake.schema.project.ProjectConfig;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each preset's conventions for standard columns, bookkeeping and group paths, without Spark. */
class ExportFormatTest {

  @Test
  void thePresetsAreTheFormatsStocktakeYamlAccepts() {
    assertEquals(
        ProjectConfig.FORMATS, Arrays.stream(ExportFormat.values()).map(ExportFormat::id).toList());
  }

  @Test
  void koboReadsTheRespondentFromUuidAndTheTimeFromSubmissionTime() {
    List<String> header =
        List.of("start", "org/stakeholder", "_id", "_uuid", "_submission_time", "_index");
    assertEquals(
        Map.of("_uuid", "respondent_id", "_submission_time", "submitted_at"),
        ExportFormat.KOBO.standardColumns(header, Map.of()));
  }

  @Test
  void theProjectMappingWinsOverThePreset() {
    List<String> header = List.of("org/org_id", "_uuid", "_submission_time");
    assertEquals(
        Map.of("_submission_time", "submitted_at"),
        ExportFormat.KOBO.standardColumns(header, Map.of("org/org_id", "respondent_id")));
    assertEquals(
        Map.of(),
        ExportFormat.KOBO.standardColumns(
            header, Map.of("_uuid", "group", "org/org_id", "respondent_id", "x", "submitted_at")));
  }

  @Test
  void aFileWithItsOwnRespondentColumnKeepsIt() {
    assertEquals(
        Map.of("SubmissionDate", "submitted_at"),
        ExportFormat.ODK.standardColumns(
            List.of("SubmissionDate", "org-respondent_id", "KEY"), Map.of()));
  }

  @Test
  void odkReadsTheRespondentFromKeyOrElseTheInstanceId() {
    assertEquals(
        Map.of("KEY", "respondent_id", "SubmissionDate", "submitted_at"),
        ExportFormat.ODK.standardColumns(
            List.of("SubmissionDate", "meta-instanceID", "KEY"), Map.of()));
    assertEquals(
        Map.of("meta-instanceID", "respondent_id"),
        ExportFormat.ODK.standardColumns(List.of("meta-instanceID", "q"), Map.of()));
  }

  @Test
  void limeSurveyReadsTheTokenOrElseTheResponseIdAndTheStartLanguage() {
    assertEquals(
        Map.of("token", "respondent_id", "submitdate", "submitted_at", "startlanguage", "language"),
        ExportFormat.LIMESURVEY.standardColumns(
            List.of("id", "submitdate", "startlanguage", "token"), Map.of()));
    assertEquals(
        Map.of("id", "respondent_id", "submitdate", "submitted_at"),
        ExportFormat.LIMESURVEY.standardColumns(List.of("id", "submitdate", "q1"), Map.of()));
  }

  @Test
  void stocktakeHasNoConventions() {
    assertEquals(
        Map.of(), ExportFormat.STOCKTAKE.standardColumns(List.of("_uuid", "token"), Map.of()));
    assertFalse(ExportFormat.STOCKTAKE.isMetadata("_uuid"));
  }

  @Test
  void bookkeepingColumnsPerTool() {
    for (String column :
        List.of("_validation_status", "_tags", "_notes", "__version__", "meta/instanceID")) {
      assertTrue(ExportFormat.KOBO.isMetadata(column), column);
    }
    for (String column :
        List.of(
            "SubmitterID", "ReviewState", "DeviceID", "Edits", "FormVersion", "meta-instanceID")) {
      assertTrue(ExportFormat.ODK.isMetadata(column), column);
    }
    for (String column :
        List.of("lastpage", "seed", "startdate", "datestamp", "ipaddr", "refurl")) {
      assertTrue(ExportFormat.LIMESURVEY.isMetadata(column), column);
    }
    assertFalse(ExportFormat.LIMESURVEY.isMetadata("_uuid"));
    assertFalse(ExportFormat.KOBO.isMetadata("notes"));
  }

  @Test
  void groupPathsAreCutAtThePresetsSeparators() {
    assertEquals("hq_region", ExportFormat.KOBO.lastSegment("about_org/hq_region"));
    assertEquals("about-hq_region", ExportFormat.KOBO.lastSegment("about-hq_region"));
    assertEquals("hq_region", ExportFormat.ODK.lastSegment("about_org-hq_region"));
    assertEquals("gifct", ExportFormat.ODK.lastSegment("community-engagement_channels/gifct"));
    assertEquals("about/x", ExportFormat.LIMESURVEY.lastSegment("about/x"));
  }

  @Test
  void limeSurveyCodesAreLettersAndDigitsLowerCased() {
    assertEquals("hqregion", ExportFormat.limeSurveyCode("hq_region"));
    assertEquals("q2b", ExportFormat.limeSurveyCode("Q2-b"));
  }

  @Test
  void onlyKoboAndLimeSurveyReadTheirDelimiterFromTheHeader() {
    assertEquals(
        List.of(false, true, false, true),
        Arrays.stream(ExportFormat.values()).map(ExportFormat::detectsDelimiter).toList());
  }
}
