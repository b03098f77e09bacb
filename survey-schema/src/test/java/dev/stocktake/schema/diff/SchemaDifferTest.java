package dev.stocktake.schema.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stocktake.schema.Examples;
import dev.stocktake.schema.SurveySchema;
import dev.stocktake.schema.diff.Change.Impact;
import dev.stocktake.schema.diff.Change.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SchemaDifferTest {

  private static final SurveySchema V1 = Examples.cccSchema(1);
  private static final SurveySchema V2 = Examples.cccSchema(2);
  private static final SchemaDiff DIFF = SchemaDiffer.diff(V1, V2);

  /** A change without its wording: what the tests pin down exactly. */
  private record Row(Kind kind, String oldId, String newId, Impact impact) {}

  private static Set<Row> rows(Kind... kinds) {
    Set<Kind> wanted = Set.of(kinds);
    return DIFF.changes().stream()
        .filter(c -> wanted.contains(c.kind()))
        .map(c -> new Row(c.kind(), c.oldId(), c.newId(), c.impact()))
        .collect(Collectors.toSet());
  }

  private static Change only(Kind kind, String newId) {
    List<Change> found =
        DIFF.changes().stream()
            .filter(c -> c.kind() == kind && Objects.equals(c.newId(), newId))
            .toList();
    assertEquals(1, found.size(), () -> kind + " " + newId + ": " + found);
    return found.get(0);
  }

  @Test
  void theDiffNamesBothVersionsAndRounds() {
    assertEquals("ccc-community-consultation", DIFF.survey());
    assertEquals(1, DIFF.oldVersion());
    assertEquals("2020", DIFF.oldRound());
    assertEquals(2, DIFF.newVersion());
    assertEquals("2022", DIFF.newRound());
    assertTrue(DIFF.breaksComparability());
  }

  @Test
  void questionCorrespondence() {
    assertEquals(
        Set.of(
            new Row(Kind.RETIRED, "aware_of_ccan", null, Impact.CAVEAT),
            new Row(Kind.RENAMED, "org_region", "hq_region", Impact.NONE),
            new Row(Kind.RENAMED, "status_algorithms", "status_algorithmic_outcomes", Impact.NONE),
            new Row(Kind.RENAMED, "comments", "general_comments", Impact.NONE),
            new Row(
                Kind.SPLIT,
                "publishes_transparency_info",
                "publishes_transparency_report",
                Impact.CAVEAT),
            new Row(
                Kind.SPLIT,
                "publishes_transparency_info",
                "publishes_algorithmic_outcomes",
                Impact.CAVEAT),
            new Row(Kind.MERGED, "newsletter_useful", "community_updates_useful", Impact.CAVEAT),
            new Row(Kind.RETYPED, "priority_themes", "priority_themes", Impact.BREAKING)),
        rows(Kind.RETIRED, Kind.REMOVED, Kind.RENAMED, Kind.SPLIT, Kind.MERGED, Kind.RETYPED));
  }

  @Test
  void languagesAndGroups() {
    assertEquals(
        List.of("language es added", "language ar added"),
        DIFF.changes().stream()
            .filter(c -> c.kind() == Kind.LANGUAGE_ADDED)
            .map(Change::detail)
            .toList());
    assertEquals(
        Set.of(new Row(Kind.LANGUAGE_ADDED, null, null, Impact.NONE)), rows(Kind.LANGUAGE_ADDED));
    assertEquals(Set.of(), rows(Kind.LANGUAGE_REMOVED, Kind.GROUP_ADDED, Kind.GROUP_REMOVED));
  }

  @Test
  void choiceChanges() {
    Set<Row> expected = new HashSet<>();
    for (String id :
        List.of(
            "status_human_rights",
            "status_multistakeholder",
            "status_free_open_internet",
            "status_crisis_response",
            "status_transparency_reporting",
            "status_info_sharing",
            "status_accountability")) {
      expected.add(new Row(Kind.CHOICES_SPLIT, id, id, Impact.CAVEAT));
      expected.add(new Row(Kind.RECODED, id, id, Impact.NONE));
    }
    expected.add(
        new Row(
            Kind.CHOICES_SPLIT, "status_algorithms", "status_algorithmic_outcomes", Impact.CAVEAT));
    expected.add(
        new Row(Kind.RECODED, "status_algorithms", "status_algorithmic_outcomes", Impact.NONE));
    for (String part : List.of("publishes_transparency_report", "publishes_algorithmic_outcomes")) {
      expected.add(
          new Row(Kind.CHOICES_UNMAPPED, "publishes_transparency_info", part, Impact.BREAKING));
      expected.add(new Row(Kind.RECODED, "publishes_transparency_info", part, Impact.NONE));
    }
    expected.add(
        new Row(Kind.CHOICES_ADDED, "engagement_channels", "engagement_channels", Impact.CAVEAT));

    assertEquals(
        expected,
        rows(
            Kind.CHOICES_SPLIT,
            Kind.RECODED,
            Kind.CHOICES_UNMAPPED,
            Kind.CHOICES_ADDED,
            Kind.CHOICES_REORDERED));
  }

  @Test
  void detailsSayWhatChangedAndWhatItMeans() {
    assertEquals(
        "type changed from single_choice to multi_choice: answers are counted differently, so"
            + " the rounds cannot be compared on this question",
        only(Kind.RETYPED, "priority_themes").detail());
    assertEquals("renamed from org_region", only(Kind.RENAMED, "hq_region").detail());
    assertEquals(
        "merged from [newsletter_useful, ccan_updates_useful]",
        only(Kind.MERGED, "community_updates_useful").detail());
    assertEquals(
        "split out of publishes_transparency_info; compare only answers the old question"
            + " determines",
        only(Kind.SPLIT, "publishes_transparency_report").detail());
    assertEquals(
        "old answers [yes] to publishes_transparency_info say nothing about this part: they cannot"
            + " be compared",
        only(Kind.CHOICES_UNMAPPED, "publishes_algorithmic_outcomes").detail());
    assertEquals(
        "new choices [call_secretariat] have no earlier round to compare with",
        only(Kind.CHOICES_ADDED, "engagement_channels").detail());
    assertEquals(
        "choices split (in_progress → partially_implemented + substantially_implemented): compare"
            + " the rounds after merging the new codes back into one category",
        only(Kind.CHOICES_SPLIT, "status_crisis_response").detail());
    assertEquals(
        "choices recoded: in_progress → partially_implemented + substantially_implemented",
        only(Kind.RECODED, "status_crisis_response").detail());
    assertTrue(
        only(Kind.RETIRED, null)
            .detail()
            .startsWith(
                "no longer asked; its series ends with round 2020 (retired in version 2: CCAN now"
                    + " has a secretariat"),
        only(Kind.RETIRED, null)::detail);
  }

  @Test
  void attributeChanges() {
    assertEquals(
        "constraint changed from min 2019, max 2020 to min 2019, max 2022",
        only(Kind.CONSTRAINT_CHANGED, "year_joined").detail());
    assertEquals(
        "skip logic changed from \"publishes_transparency_info == 'yes'\" to"
            + " \"publishes_transparency_report == 'yes'\": a different sub-population answers",
        only(Kind.RELEVANT_CHANGED, "transparency_reports_count").detail());
    assertEquals(
        "wording changed (en, fr): people may answer differently",
        only(Kind.WORDING_CHANGED, "priority_themes").detail());
    assertEquals(Set.of(), rows(Kind.APPLIES_TO_CHANGED, Kind.REQUIRED_CHANGED));
  }

  @Test
  void newQuestionsAreAdded() {
    assertEquals(
        Set.of(
            "ccan_webinars_attended",
            "crisis_protocol_tested",
            "crisis_exercise_date",
            "transparency_report_languages",
            "best_practice_pilot_themes",
            "contributed_to_consultation",
            "attended_accountability_workshop"),
        DIFF.changes().stream()
            .filter(c -> c.kind() == Kind.ADDED)
            .map(Change::newId)
            .collect(Collectors.toSet()));
    assertEquals("new date question", only(Kind.ADDED, "crisis_exercise_date").detail());
    assertTrue(
        DIFF.changes().stream()
            .filter(c -> c.kind() == Kind.ADDED)
            .allMatch(c -> c.oldId() == null && c.impact() == Impact.NONE));
  }

  @Test
  void changesComeMostConsequentialFirst() {
    List<Change> sorted = new ArrayList<>(DIFF.changes());
    sorted.sort(Comparator.comparing(Change::impact));

    assertEquals(sorted, DIFF.changes());
    assertEquals(Impact.BREAKING, DIFF.changes().get(0).impact());
    assertEquals(3, DIFF.withImpact(Impact.BREAKING).size());
  }

  @Test
  void anOldQuestionMissingWithoutRetirementIsRemoved() {
    SurveySchema v2 =
        new SurveySchema(
            V2.survey(),
            V2.version(),
            V2.round(),
            V2.title(),
            V2.languages(),
            V2.framework(),
            V2.groups(),
            V2.sections(),
            V2.choiceLists(),
            V2.questions().stream().filter(q -> !q.id().equals("follow_up_ok")).toList(),
            V2.retired());

    Change removed = only(SchemaDiffer.diff(V1, v2), Kind.REMOVED);

    assertEquals("follow_up_ok", removed.oldId());
    assertEquals(Impact.BREAKING, removed.impact());
    assertEquals(
        "not in version 2 and not declared under retired: if it continues under another id, give"
            + " that question lineage from: {version: 1, id: follow_up_ok}",
        removed.detail());
  }

  @Test
  void theOldVersionMustComeFirst() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SchemaDiffer.diff(V2, V1));
    assertEquals(
        "the old version (2) must come before the new one (1); swap the arguments", e.getMessage());

    e = assertThrows(IllegalArgumentException.class, () -> SchemaDiffer.diff(V1, V1));
    assertEquals(
        "the old version (1) must come before the new one (1); swap the arguments", e.getMessage());
  }

  @Test
  void bothVersionsMustBeOfTheSameSurvey() {
    SurveySchema other =
        new SurveySchema(
            "another-survey",
            2,
            null,
            null,
            List.of("en"),
            null,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of());

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SchemaDiffer.diff(V1, other));
    assertEquals(
        "these are versions of different surveys: \"ccc-community-consultation\" and"
            + " \"another-survey\"",
        e.getMessage());
  }

  private static Change only(SchemaDiff diff, Kind kind) {
    List<Change> found = diff.changes().stream().filter(c -> c.kind() == kind).toList();
    assertEquals(1, found.size(), found::toString);
    return found.get(0);
  }
}
