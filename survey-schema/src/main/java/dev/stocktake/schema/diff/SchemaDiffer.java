package dev.stocktake.schema.diff;

import dev.stocktake.schema.ChoiceList;
import dev.stocktake.schema.Lineage;
import dev.stocktake.schema.Question;
import dev.stocktake.schema.SurveySchema;
import dev.stocktake.schema.diff.Change.Impact;
import dev.stocktake.schema.diff.Change.Kind;
import dev.stocktake.schema.lineage.Comparability;
import dev.stocktake.schema.lineage.Harmonisation;
import dev.stocktake.schema.lineage.LineageResolver;
import dev.stocktake.schema.lineage.Lineages;
import dev.stocktake.schema.lineage.Target;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Compares two versions of a survey. Question correspondence comes from the lineage resolver, so
 * what the diff says is comparable is exactly what the ETL will compare.
 */
public final class SchemaDiffer {

  private SchemaDiffer() {}

  public static SchemaDiff diff(SurveySchema old, SurveySchema now) {
    if (!old.survey().equals(now.survey())) {
      throw new IllegalArgumentException(
          "these are versions of different surveys: \""
              + old.survey()
              + "\" and \""
              + now.survey()
              + "\"");
    }
    if (old.version() >= now.version()) {
      throw new IllegalArgumentException(
          "the old version ("
              + old.version()
              + ") must come before the new one ("
              + now.version()
              + "); swap the arguments");
    }
    List<Change> changes = new ArrayList<>();
    listChanges(
        changes,
        old.languages(),
        now.languages(),
        Kind.LANGUAGE_ADDED,
        Kind.LANGUAGE_REMOVED,
        "language");
    listChanges(
        changes, old.groupIds(), now.groupIds(), Kind.GROUP_ADDED, Kind.GROUP_REMOVED, "group");

    Lineages lineages = LineageResolver.resolve(List.of(old, now));
    Set<String> continued = new HashSet<>();
    for (Question q : old.questions()) {
      Harmonisation h = lineages.of(old.version(), q.id()).orElseThrow();
      if (h.targets().isEmpty()) {
        boolean retired = now.retired().stream().anyMatch(r -> r.id().equals(q.id()));
        changes.add(
            retired
                ? new Change(
                    Kind.RETIRED,
                    q.id(),
                    null,
                    Impact.CAVEAT,
                    "no longer asked; its series ends with round "
                        + old.round()
                        + " ("
                        + h.reason()
                        + ")")
                : new Change(
                    Kind.REMOVED,
                    q.id(),
                    null,
                    Impact.BREAKING,
                    "not in version "
                        + now.version()
                        + " and not declared under retired: if it continues under another id, give that question"
                        + " lineage from: {version: "
                        + old.version()
                        + ", id: "
                        + q.id()
                        + "}"));
        continue;
      }
      for (Target target : h.targets()) {
        Question p = now.question(target.questionId()).orElseThrow();
        continued.add(p.id());
        new QuestionComparison(old, q, now, p, target, changes).compare();
      }
    }
    for (Question p : now.questions()) {
      if (!continued.contains(p.id())) {
        String origin =
            p.lineage() != null && p.lineage().kind() != Lineage.Kind.NEW
                ? " (its lineage names "
                    + p.lineage().sources().stream().map(s -> s.ref().toString()).toList()
                    + ", not version "
                    + old.version()
                    + ")"
                : "";
        changes.add(
            new Change(
                Kind.ADDED,
                null,
                p.id(),
                Impact.NONE,
                "new " + p.type().fileName() + " question" + origin));
      }
    }
    // A merged question is compared with each of its sources; say each finding once.
    List<Change> distinct = new ArrayList<>();
    Set<List<Object>> seen = new HashSet<>();
    for (Change c : changes) {
      if (seen.add(List.of(c.kind(), String.valueOf(c.newId()), c.detail()))) {
        distinct.add(c);
      }
    }
    distinct.sort(Comparator.comparing(Change::impact));
    return new SchemaDiff(
        old.survey(), old.version(), old.round(), now.version(), now.round(), distinct);
  }

  private static void listChanges(
      List<Change> out, List<String> old, List<String> now, Kind added, Kind removed, String what) {
    for (String id : now) {
      if (!old.contains(id)) {
        out.add(
            new Change(
                added,
                null,
                null,
                what.equals("group") ? Impact.CAVEAT : Impact.NONE,
                what
                    + " "
                    + id
                    + " added"
                    + (what.equals("group") ? ": the population asked changes" : "")));
      }
    }
    for (String id : old) {
      if (!now.contains(id)) {
        out.add(
            new Change(
                removed,
                null,
                null,
                what.equals("group") ? Impact.CAVEAT : Impact.NONE,
                what
                    + " "
                    + id
                    + " removed"
                    + (what.equals("group") ? ": the population asked changes" : "")));
      }
    }
  }

  /** The changes between one old question and one question that continues it. */
  private record QuestionComparison(
      SurveySchema old, Question q, SurveySchema now, Question p, Target target, List<Change> out) {

    void compare() {
      Lineage.Kind kind = p.lineage() == null ? Lineage.Kind.FROM : p.lineage().kind();
      if (kind == Lineage.Kind.SPLIT) {
        add(
            Kind.SPLIT,
            Impact.CAVEAT,
            "split out of " + q.id() + "; compare only answers the old question" + " determines");
      } else if (kind == Lineage.Kind.MERGED) {
        add(
            Kind.MERGED,
            Impact.CAVEAT,
            "merged from " + p.lineage().sources().stream().map(s -> s.id()).toList());
      } else if (!q.id().equals(p.id())) {
        add(Kind.RENAMED, Impact.NONE, "renamed from " + q.id());
      }
      if (q.type() != p.type()) {
        boolean widening = target.comparability() != Comparability.NONE;
        add(
            Kind.RETYPED,
            widening ? Impact.CAVEAT : Impact.BREAKING,
            "type changed from "
                + q.type().fileName()
                + " to "
                + p.type().fileName()
                + (widening
                    ? ""
                    : ": answers are counted differently, so the rounds"
                        + " cannot be compared on this question"));
      }
      choices();
      attributes();
    }

    private void choices() {
      Optional<ChoiceList> oldList = old.choicesOf(q);
      Optional<ChoiceList> newList = now.choicesOf(p);
      if (oldList.isEmpty() || newList.isEmpty() || target.comparability() == Comparability.NONE) {
        return;
      }
      Set<String> images = new LinkedHashSet<>();
      List<String> unmapped = new ArrayList<>();
      List<String> split = new ArrayList<>();
      for (String code : oldList.get().codes()) {
        Optional<List<String>> mapped = target.mapping().map(code);
        if (mapped.isEmpty()) {
          unmapped.add(code);
          continue;
        }
        images.addAll(mapped.get());
        if (mapped.get().size() > 1) {
          split.add(code + " → " + String.join(" + ", mapped.get()));
        }
      }
      Lineage lineage = p.lineage();
      boolean recoded =
          lineage != null
              && lineage.sources().stream()
                  .anyMatch(s -> s.id().equals(q.id()) && !s.recode().isEmpty());
      if (recoded) {
        add(
            Kind.RECODED,
            Impact.NONE,
            "choices recoded: "
                + describe(
                    lineage.sources().stream()
                        .filter(s -> s.id().equals(q.id()))
                        .findFirst()
                        .orElseThrow()
                        .recode()));
      }
      boolean isSplit = lineage != null && lineage.kind() == Lineage.Kind.SPLIT;
      if (!unmapped.isEmpty()) {
        add(
            Kind.CHOICES_UNMAPPED,
            Impact.BREAKING,
            "old answers "
                + unmapped
                + (isSplit
                    ? " to " + q.id() + " say nothing about this part: they cannot be compared"
                    : " have no counterpart in version "
                        + now.version()
                        + ": they cannot be compared (add a recode if they map to new codes)"));
      }
      if (!split.isEmpty()) {
        add(
            Kind.CHOICES_SPLIT,
            Impact.CAVEAT,
            "choices split ("
                + String.join("; ", split)
                + "): compare the rounds after merging the new codes back into one category");
      }
      List<String> added = newList.get().codes().stream().filter(c -> !images.contains(c)).toList();
      if (lineage != null && lineage.kind() == Lineage.Kind.SPLIT) {
        // A split part's codes without an old counterpart are the unmapped answers above.
        added = List.of();
      }
      if (!added.isEmpty() && p.type() != dev.stocktake.schema.QuestionType.MULTI_CHOICE) {
        add(
            Kind.CHOICES_ADDED,
            Impact.CAVEAT,
            "new choices " + added + ": answers may move to them from other choices");
      } else if (!added.isEmpty()) {
        add(
            Kind.CHOICES_ADDED,
            Impact.CAVEAT,
            "new choices " + added + " have no earlier round to compare with");
      }
      if (oldList.get().ordered()
          && newList.get().ordered()
          && unmapped.isEmpty()
          && !ordersAgree(oldList.get(), newList.get())) {
        add(
            Kind.CHOICES_REORDERED,
            Impact.BREAKING,
            "the order of the choices changed: ranks are not comparable");
      }
    }

    /** Whether mapped codes keep their relative order on the ordered scale. */
    private boolean ordersAgree(ChoiceList oldList, ChoiceList newList) {
      int last = -1;
      for (String code : oldList.codes()) {
        List<String> mapped = target.mapping().map(code).orElse(List.of());
        for (String m : mapped) {
          int rank = newList.codes().indexOf(m);
          if (rank < last) {
            return false;
          }
          last = Math.max(last, rank);
        }
      }
      return true;
    }

    private void attributes() {
      List<String> shared = old.languages().stream().filter(now.languages()::contains).toList();
      List<String> reworded =
          shared.stream().filter(l -> !Objects.equals(q.label().in(l), p.label().in(l))).toList();
      if (!reworded.isEmpty()) {
        add(
            Kind.WORDING_CHANGED,
            Impact.CAVEAT,
            "wording changed ("
                + String.join(", ", reworded)
                + (p.lineage() != null && p.lineage().kind() == Lineage.Kind.MERGED
                    ? ", from " + q.id()
                    : "")
                + "): people may answer differently");
      }
      if (!q.appliesTo().equals(p.appliesTo())) {
        add(
            Kind.APPLIES_TO_CHANGED,
            Impact.CAVEAT,
            "asked of "
                + groups(p)
                + " instead of "
                + groups(q)
                + ": compare only groups asked in both rounds");
      }
      if (!Objects.equals(q.relevant(), p.relevant())) {
        add(
            Kind.RELEVANT_CHANGED,
            Impact.CAVEAT,
            "skip logic changed from "
                + quoted(q.relevant())
                + " to "
                + quoted(p.relevant())
                + ": a different sub-population answers");
      }
      if (!Objects.equals(q.constraint(), p.constraint())) {
        add(
            Kind.CONSTRAINT_CHANGED,
            Impact.CAVEAT,
            "constraint changed from " + limits(q) + " to " + limits(p));
      }
      if (q.isRequired() != p.isRequired()) {
        add(
            Kind.REQUIRED_CHANGED,
            Impact.CAVEAT,
            p.isRequired()
                ? "now required: fewer missing answers"
                : "no longer required: more missing answers");
      }
    }

    private static String limits(Question question) {
      return question.constraint() == null ? "none" : question.constraint().describe();
    }

    private static String describe(java.util.Map<String, List<String>> recode) {
      List<String> parts = new ArrayList<>();
      recode.forEach(
          (from, to) ->
              parts.add(from + " → " + (to.isEmpty() ? "(nothing)" : String.join(" + ", to))));
      return String.join("; ", parts);
    }

    private static String groups(Question question) {
      return question.appliesTo().isEmpty()
          ? "all groups"
          : String.join(", ", question.appliesTo());
    }

    private static String quoted(String expression) {
      return expression == null ? "(always asked)" : "\"" + expression + "\"";
    }

    private void add(Kind kind, Impact impact, String detail) {
      out.add(new Change(kind, q.id(), p.id(), impact, detail));
    }
  }
}
