package dev.stocktake.schema.lineage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stocktake.schema.Choice;
import dev.stocktake.schema.ChoiceList;
import dev.stocktake.schema.Examples;
import dev.stocktake.schema.Lineage;
import dev.stocktake.schema.Question;
import dev.stocktake.schema.QuestionRef;
import dev.stocktake.schema.QuestionType;
import dev.stocktake.schema.Retired;
import dev.stocktake.schema.SurveySchema;
import dev.stocktake.schema.Text;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LineageResolverTest {

  private static final Lineages EXAMPLE =
      LineageResolver.resolve(List.of(Examples.cccSchema(2), Examples.cccSchema(1)));

  private static Harmonisation example(String v1Question) {
    return EXAMPLE.of(1, v1Question).orElseThrow(() -> new AssertionError("no v1." + v1Question));
  }

  private static Target onlyTarget(Harmonisation h) {
    assertEquals(1, h.targets().size(), h::toString);
    return h.targets().get(0);
  }

  @Test
  void theNewestVersionIsTheFooting() {
    assertEquals("ccc-community-consultation", EXAMPLE.survey());
    assertEquals(2, EXAMPLE.newestVersion());
    Target own = onlyTarget(EXAMPLE.of(2, "hq_region").orElseThrow());
    assertEquals("hq_region", own.questionId());
    assertEquals(Comparability.EXACT, own.comparability());
    assertEquals(List.of("europe"), own.mapping().map("europe").orElseThrow());
    assertEquals(List.of(), own.notes());
    assertTrue(EXAMPLE.of(2, "org_region").isEmpty());
    assertTrue(EXAMPLE.of(3, "hq_region").isEmpty());
  }

  @Test
  void statusQuestionsMapInProgressToBothNewStepsAndAreCoarsened() {
    for (String id :
        List.of(
            "status_human_rights",
            "status_multistakeholder",
            "status_free_open_internet",
            "status_crisis_response",
            "status_transparency_reporting",
            "status_info_sharing",
            "status_accountability")) {
      Target target = onlyTarget(example(id));
      assertEquals(id, target.questionId());
      assertEquals(Comparability.COARSENED, target.comparability(), id);
      assertEquals(
          codes(
              "not_started", List.of("not_started"),
              "planned", List.of("planned"),
              "in_progress", List.of("partially_implemented", "substantially_implemented"),
              "implemented", List.of("implemented")),
          target.mapping().asMap(),
          id);
      assertEquals(
          List.of(Set.of("partially_implemented", "substantially_implemented")),
          target.mapping().mergedCategories(),
          id);
      assertEquals(
          List.of(
              "recoded v1."
                  + id
                  + " → v2."
                  + id
                  + ": {in_progress=[partially_implemented, substantially_implemented]}"),
          target.notes());
    }
  }

  @Test
  void renamedStatusQuestionIsCoarsenedUnderItsNewId() {
    Target target = onlyTarget(example("status_algorithms"));

    assertEquals("status_algorithmic_outcomes", target.questionId());
    assertEquals(Comparability.COARSENED, target.comparability());
    assertEquals(
        List.of(
            "renamed v1.status_algorithms → v2.status_algorithmic_outcomes",
            "recoded v1.status_algorithms → v2.status_algorithmic_outcomes:"
                + " {in_progress=[partially_implemented, substantially_implemented]}"),
        target.notes());
  }

  @Test
  void orgRegionIsRenamedHqRegionAndExact() {
    Harmonisation h = example("org_region");
    Target target = onlyTarget(h);

    assertEquals(new QuestionRef(1, "org_region"), h.source());
    assertEquals("hq_region", target.questionId());
    assertEquals(Comparability.EXACT, target.comparability());
    assertEquals(List.of("renamed v1.org_region → v2.hq_region"), target.notes());
    assertEquals(List.of("oceania_pacific"), target.mapping().map("oceania_pacific").orElseThrow());
    assertEquals(7, target.mapping().asMap().size());
    assertEquals(List.of(), target.mapping().mergedCategories());
    assertTrue(h.comparable());
    assertEquals("", h.reason());
  }

  @Test
  void theSplitQuestionGoesToBothPartsWithOnlyNoCarriedOver() {
    Harmonisation h = example("publishes_transparency_info");

    assertEquals(
        List.of("publishes_transparency_report", "publishes_algorithmic_outcomes"),
        h.targets().stream().map(Target::questionId).toList());
    for (Target target : h.targets()) {
      assertEquals(Comparability.PARTIAL, target.comparability(), target.questionId());
      assertEquals(codes("no", List.of("no")), target.mapping().asMap(), target.questionId());
      assertTrue(target.mapping().map("yes").isEmpty(), "yes is unknown for each part");
      String where = "v1.publishes_transparency_info → v2." + target.questionId();
      assertEquals(List.of("split " + where, "recoded " + where + ": {no=[no]}"), target.notes());
    }
    assertTrue(h.comparable());
  }

  @Test
  void bothMergedQuestionsGoToTheMergedOne() {
    for (String id : List.of("newsletter_useful", "ccan_updates_useful")) {
      Target target = onlyTarget(example(id));
      assertEquals("community_updates_useful", target.questionId(), id);
      assertEquals(Comparability.EXACT, target.comparability(), id);
      assertEquals(List.of("agree"), target.mapping().map("agree").orElseThrow(), id);
      String where = "v1." + id + " → v2.community_updates_useful";
      assertEquals(List.of("merged " + where), target.notes());
    }
  }

  @Test
  void theRetiredQuestionHasNoTargetAndSaysWhy() {
    Harmonisation h = example("aware_of_ccan");

    assertEquals(List.of(), h.targets());
    assertFalse(h.comparable());
    assertEquals(
        "retired in version 2: CCAN now has a secretariat, website and webinars (work plan"
            + " wp.m1); awareness is no longer informative, so engagement with CCAN is asked"
            + " through engagement_channels and ccan_webinars_attended instead.",
        h.reason());
  }

  @Test
  void theRetypedQuestionIsNotComparable() {
    Harmonisation h = example("priority_themes");
    Target target = onlyTarget(h);

    assertEquals("priority_themes", target.questionId());
    assertEquals(Comparability.NONE, target.comparability());
    assertEquals(
        List.of(
            "type changed from single_choice to multi_choice"
                + " (v1.priority_themes → v2.priority_themes)"),
        target.notes());
    assertFalse(h.comparable());
  }

  @Test
  void unchangedQuestionsCarryOverExactly() {
    Target numbers = onlyTarget(example("staff_tvec"));
    assertEquals(Comparability.EXACT, numbers.comparability());
    assertTrue(numbers.mapping().isIdentity());
    assertEquals(List.of(), numbers.notes());

    Target yesNo = onlyTarget(example("ccan_member"));
    assertEquals(Comparability.EXACT, yesNo.comparability());
    assertEquals(codes("yes", List.of("yes"), "no", List.of("no")), yesNo.mapping().asMap());

    Target moreChoices = onlyTarget(example("engagement_channels"));
    assertEquals(Comparability.EXACT, moreChoices.comparability());
    assertTrue(moreChoices.mapping().map("call_secretariat").isEmpty(), "new in v2");
  }

  @Test
  void everyQuestionOfEveryVersionIsResolved() {
    assertEquals(
        Examples.cccSchema(1).questions().size() + Examples.cccSchema(2).questions().size(),
        EXAMPLE.byQuestion().size());
  }

  @Test
  void noVersionsIsAnError() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> LineageResolver.resolve(List.of()));
    assertEquals("no schema versions to resolve", e.getMessage());
  }

  // A three-version chain: v1 status (a b c) → v2 state, renamed, b split into b1 and b2 →
  // v3 state, c recoded to done and a dropped (v3 has no a and no recode for it).

  private static final SurveySchema V1 =
      schema(
          1,
          list("s", "a", "b", "c"),
          choice("status", "s", null),
          number("count", QuestionType.INTEGER));
  private static final SurveySchema V2 =
      schema(
          2,
          list("s", "a", "b1", "b2", "c"),
          choice("state", "s", from(1, "status", codes("b", List.of("b1", "b2")))),
          number("count", QuestionType.DECIMAL));
  private static final SurveySchema V3 =
      schema(
          3,
          list("s", "b1", "b2", "done", "extra"),
          choice("state", "s", from(2, "state", codes("c", List.of("done")))),
          number("count", QuestionType.DECIMAL));

  @Test
  void mappingsComposeAlongTheChain() {
    Lineages lineages = LineageResolver.resolve(List.of(V3, V1, V2));
    Target target = onlyTarget(lineages.of(1, "status").orElseThrow());

    assertEquals("state", target.questionId());
    assertEquals(codes("b", List.of("b1", "b2"), "c", List.of("done")), target.mapping().asMap());
    assertTrue(target.mapping().map("a").isEmpty(), "a has no counterpart in v3");
    assertEquals(Comparability.PARTIAL, target.comparability(), "partial beats coarsened");
    assertEquals(List.of(Set.of("b1", "b2")), target.mapping().mergedCategories());
    assertEquals(
        List.of(
            "renamed v1.status → v2.state",
            "recoded v1.status → v2.state: {b=[b1, b2]}",
            "recoded v2.state → v3.state: {c=[done]}"),
        target.notes());

    Target middle = onlyTarget(lineages.of(2, "state").orElseThrow());
    assertEquals(
        codes("b1", List.of("b1"), "b2", List.of("b2"), "c", List.of("done")),
        middle.mapping().asMap());
    assertEquals(Comparability.PARTIAL, middle.comparability());
  }

  @Test
  void anIntegerWidenedToDecimalStaysExact() {
    Lineages lineages = LineageResolver.resolve(List.of(V1, V2, V3));
    Target target = onlyTarget(lineages.of(1, "count").orElseThrow());

    assertEquals(Comparability.EXACT, target.comparability());
    assertTrue(target.mapping().isIdentity());
    assertEquals(
        List.of("type changed from integer to decimal (v1.count → v2.count)"), target.notes());
  }

  @Test
  void aQuestionMissingFromTheNextVersionWithoutRetirementHasNoCounterpart() {
    SurveySchema v2 = schema(2, list("s", "a"), choice("other", "s", null));
    Harmonisation h = LineageResolver.resolve(List.of(V1, v2)).of(1, "status").orElseThrow();

    assertEquals(List.of(), h.targets());
    assertEquals("no counterpart in version 2", h.reason());
  }

  @Test
  void aRetiredQuestionWithoutReasonSaysOnlyWhen() {
    SurveySchema v2 =
        new SurveySchema(
            "chain",
            2,
            null,
            null,
            List.of("en"),
            null,
            List.of(),
            List.of(),
            List.of(list("s", "a")),
            List.of(choice("other", "s", null)),
            List.of(new Retired("status", null)));

    assertEquals(
        "retired in version 2",
        LineageResolver.resolve(List.of(V1, v2)).of(1, "status").orElseThrow().reason());
  }

  private static SurveySchema schema(int version, ChoiceList list, Question... questions) {
    return new SurveySchema(
        "chain",
        version,
        null,
        null,
        List.of("en"),
        null,
        List.of(),
        List.of(),
        List.of(list),
        Arrays.asList(questions),
        List.of());
  }

  private static ChoiceList list(String id, String... codes) {
    return new ChoiceList(
        id, true, Arrays.stream(codes).map(c -> new Choice(c, Text.of(Map.of("en", c)))).toList());
  }

  private static Question choice(String id, String list, Lineage lineage) {
    return new Question(
        id,
        null,
        QuestionType.LIKERT,
        list,
        Text.of(Map.of("en", id)),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        lineage);
  }

  private static Question number(String id, QuestionType type) {
    return new Question(
        id,
        null,
        type,
        null,
        Text.of(Map.of("en", id)),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  private static Lineage from(int version, String id, Map<String, List<String>> recode) {
    return new Lineage(null, new QuestionRef(version, id), null, null, recode);
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
