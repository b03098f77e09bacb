package dev.stocktake.etl.ingest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stocktake.etl.ingest.Reason;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoundRulesTest {
  private static final RoundRules V2 = ExampleProject.rules(2);

  /** Checks one answer given with a valid hq_region, and returns the outcome for {@code q}. */
  private static AnswerOutcome check(String group, String q, String raw, String... more) {
    Map<String, String> answers = new LinkedHashMap<>();
    answers.put("hq_region", "europe");
    for (int i = 0; i < more.length; i += 2) {
      answers.put(more[i], more[i + 1]);
    }
    answers.put(q, raw);
    return V2.check(group, answers, Set.copyOf(V2.questionIds())).stream()
        .filter(o -> o.question().equals(q))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void acceptsValidAnswersInCanonicalForm() {
    assertEquals(List.of("2021"), check("government", "year_joined", " 2021 ").values());
    assertEquals(
        List.of("12.5"),
        check("online_service_provider", "automated_removal_share", "12.50").values());
    AnswerOutcome likert = check("government", "status_human_rights", "implemented");
    assertTrue(likert.isAccepted());
    assertEquals(5.0, likert.number());
    assertEquals(
        List.of("gifct", "ccan"),
        check("civil_society", "engagement_channels", "gifct  ccan gifct").values());
  }

  @Test
  void rejectsWrongTypesWithTheirReasons() {
    assertEquals(Reason.INVALID_INTEGER, check("government", "year_joined", "2021.5").reason());
    assertEquals(Reason.INVALID_INTEGER, check("government", "year_joined", "twenty").reason());
    assertEquals(
        Reason.INVALID_DECIMAL,
        check("online_service_provider", "automated_removal_share", "12,5").reason());
    assertEquals(
        Reason.UNKNOWN_CHOICE, check("government", "status_human_rights", "done").reason());
    assertEquals(
        Reason.UNKNOWN_CHOICE,
        check("government", "status_human_rights", "in_progress").reason(),
        "in_progress was split in v2 and is no code of it");
    AnswerOutcome multi = check("civil_society", "engagement_channels", "gifct telepathy");
    assertEquals(Reason.UNKNOWN_CHOICE, multi.reason());
    assertTrue(multi.message().startsWith("\"telepathy\" is not a choice of engagement_channels"));
  }

  @Test
  void checksConstraints() {
    assertEquals(Reason.BELOW_MIN, check("government", "year_joined", "2018").reason());
    assertEquals(Reason.ABOVE_MAX, check("government", "year_joined", "2023").reason());
    assertEquals(
        "2023 is above the maximum 2022", check("government", "year_joined", "2023").message());
    assertEquals(
        Reason.TOO_LONG, check("civil_society", "about_org_comments", "x".repeat(1001)).reason());
    assertEquals(
        Reason.ABOVE_MAX,
        check(
                "government",
                "last_activation_date",
                "2022-07-01",
                "has_crisis_protocol",
                "yes",
                "crisis_protocol_activations",
                "2")
            .reason());
  }

  @Test
  void rejectsMalformedDates() {
    for (String date : List.of("01/06/2022", "2022/06/01", "June 1, 2022", "2022-02-30")) {
      assertEquals(
          Reason.INVALID_DATE,
          check(
                  "government",
                  "last_activation_date",
                  date,
                  "has_crisis_protocol",
                  "yes",
                  "crisis_protocol_activations",
                  "2")
              .reason(),
          date);
    }
  }

  @Test
  void anAnswerFromAGroupTheQuestionDoesNotApplyToIsSetAside() {
    AnswerOutcome outcome = check("government", "service_types", "gaming");
    assertEquals(Reason.NOT_APPLICABLE, outcome.reason());
    assertEquals(
        "service_types applies to [online_service_provider], not to government", outcome.message());
  }

  @Test
  void anAnswerHiddenBySkipLogicIsFlagged() {
    AnswerOutcome hidden =
        check("government", "legislation_year", "2020", "legislation_in_force", "no");
    assertEquals(Reason.NOT_RELEVANT, hidden.reason());
    assertTrue(
        check("government", "legislation_year", "2020", "legislation_in_force", "yes")
            .isAccepted());
    assertEquals(
        Reason.NOT_RELEVANT,
        check(
                "civil_society",
                "gifct_activities",
                "hash_sharing_database",
                "engagement_channels",
                "ccan")
            .reason());
  }

  @Test
  void aMissingRequiredAnswerIsReportedOnlyWhenTheFileHasItsColumn() {
    List<AnswerOutcome> withColumn =
        V2.check("government", Map.of("year_joined", "2020"), Set.of("hq_region"));
    assertEquals(Reason.REQUIRED_MISSING, withColumn.get(0).reason());
    assertEquals("hq_region", withColumn.get(0).question());
    assertTrue(
        V2.check("government", Map.of("year_joined", "2020"), Set.of()).stream()
            .allMatch(AnswerOutcome::isAccepted));
  }

  @Test
  void blankAnswersAreUnanswered() {
    List<AnswerOutcome> outcomes =
        V2.check("government", Map.of("hq_region", "europe", "year_joined", "  "), Set.of());
    assertEquals(List.of("hq_region"), outcomes.stream().map(AnswerOutcome::question).toList());
  }
}
