package dev.stocktake.schema.lineage;

import dev.stocktake.schema.ChoiceList;
import dev.stocktake.schema.Lineage;
import dev.stocktake.schema.MergeSource;
import dev.stocktake.schema.Question;
import dev.stocktake.schema.QuestionRef;
import dev.stocktake.schema.QuestionType;
import dev.stocktake.schema.SurveySchema;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves the lineage of every question of every version of a survey to the newest version:
 * renames, recodes, splits and merges are followed version by version and their code mappings
 * composed. This is what lets the ETL put answers from every round on one footing.
 */
public final class LineageResolver {

  private LineageResolver() {}

  /** Resolves every question of {@code versions} (all versions of one survey, any order). */
  public static Lineages resolve(Collection<SurveySchema> versions) {
    if (versions.isEmpty()) {
      throw new IllegalArgumentException("no schema versions to resolve");
    }
    List<SurveySchema> sorted =
        versions.stream().sorted(Comparator.comparingInt(SurveySchema::version)).toList();
    Map<QuestionRef, Harmonisation> resolved = new LinkedHashMap<>();
    SurveySchema newest = sorted.get(sorted.size() - 1);
    for (Question q : newest.questions()) {
      QuestionRef ref = new QuestionRef(newest.version(), q.id());
      CodeMapping mapping =
          newest.choicesOf(q).map(LineageResolver::sameCodes).orElse(CodeMapping.identity());
      resolved.put(
          ref,
          new Harmonisation(
              ref, List.of(new Target(q.id(), mapping, Comparability.EXACT, List.of())), ""));
    }
    for (int k = sorted.size() - 2; k >= 0; k--) {
      SurveySchema old = sorted.get(k);
      List<SurveySchema> later = sorted.subList(k + 1, sorted.size());
      for (Question q : old.questions()) {
        QuestionRef ref = new QuestionRef(old.version(), q.id());
        resolved.put(ref, resolveOne(old, q, later, resolved));
      }
    }
    return new Lineages(newest.survey(), newest.version(), resolved);
  }

  private static Harmonisation resolveOne(
      SurveySchema old,
      Question q,
      List<SurveySchema> later,
      Map<QuestionRef, Harmonisation> resolved) {
    QuestionRef ref = new QuestionRef(old.version(), q.id());
    List<Successor> successors = successors(old, q, later);
    if (successors.isEmpty()) {
      SurveySchema next = later.get(0);
      String reason =
          next.retired().stream()
              .filter(r -> r.id().equals(q.id()))
              .findFirst()
              .map(
                  r ->
                      "retired in version "
                          + next.version()
                          + (r.reason() == null ? "" : ": " + r.reason()))
              .orElse("no counterpart in version " + next.version());
      return new Harmonisation(ref, List.of(), reason);
    }
    List<Target> targets = new ArrayList<>();
    for (Successor successor : successors) {
      Harmonisation onward =
          resolved.get(new QuestionRef(successor.schema().version(), successor.question().id()));
      Step step = step(old, q, successor);
      for (Target target : onward.targets()) {
        List<String> notes = new ArrayList<>(step.notes());
        notes.addAll(target.notes());
        CodeMapping mapping = step.mapping().then(target.mapping());
        Comparability comparability =
            step.comparability()
                .worst(target.comparability())
                .worst(judge(mapping, old.choicesOf(q)));
        targets.add(new Target(target.questionId(), mapping, comparability, notes));
      }
    }
    return new Harmonisation(ref, targets, "");
  }

  /**
   * A question of a later version that continues {@code q}, with the lineage entry that says so.
   */
  private record Successor(
      SurveySchema schema, Question question, MergeSource source, Lineage.Kind kind) {}

  private static List<Successor> successors(
      SurveySchema old, Question q, List<SurveySchema> later) {
    List<Successor> explicit = new ArrayList<>();
    for (SurveySchema schema : later) {
      for (Question p : schema.questions()) {
        if (p.lineage() == null) {
          continue;
        }
        for (MergeSource source : p.lineage().sources()) {
          if (source.version() == old.version() && source.id().equals(q.id())) {
            explicit.add(new Successor(schema, p, source, p.lineage().kind()));
          }
        }
      }
    }
    if (!explicit.isEmpty()) {
      return explicit;
    }
    SurveySchema next = later.get(0);
    boolean retired = next.retired().stream().anyMatch(r -> r.id().equals(q.id()));
    return next.question(q.id())
        .filter(p -> p.lineage() == null && !retired)
        .map(
            p ->
                List.of(
                    new Successor(
                        next, p, new MergeSource(old.version(), q.id(), null), Lineage.Kind.FROM)))
        .orElse(List.of());
  }

  private record Step(CodeMapping mapping, Comparability comparability, List<String> notes) {}

  private static Step step(SurveySchema old, Question q, Successor successor) {
    Question p = successor.question();
    List<String> notes = new ArrayList<>();
    Comparability comparability = Comparability.EXACT;
    String where =
        "v" + old.version() + "." + q.id() + " → v" + successor.schema().version() + "." + p.id();
    if (successor.kind() == Lineage.Kind.SPLIT) {
      notes.add("split " + where);
    } else if (successor.kind() == Lineage.Kind.MERGED) {
      notes.add("merged " + where);
    } else if (!q.id().equals(p.id())) {
      notes.add("renamed " + where);
    }
    if (q.type() != p.type()) {
      notes.add(
          "type changed from "
              + q.type().fileName()
              + " to "
              + p.type().fileName()
              + " ("
              + where
              + ")");
      comparability =
          numericWidening(q.type(), p.type()) ? Comparability.EXACT : Comparability.NONE;
    }
    Optional<ChoiceList> oldList = old.choicesOf(q);
    Optional<ChoiceList> newList = successor.schema().choicesOf(p);
    if (oldList.isPresent() != newList.isPresent()) {
      return new Step(CodeMapping.identity(), Comparability.NONE, notes);
    }
    if (oldList.isEmpty()) {
      return new Step(CodeMapping.identity(), comparability, notes);
    }
    Map<String, List<String>> codes = new LinkedHashMap<>();
    for (String code : oldList.get().codes()) {
      List<String> recoded = successor.source().recode().get(code);
      if (recoded != null) {
        codes.put(code, recoded);
      } else if (successor.kind() != Lineage.Kind.SPLIT && newList.get().has(code)) {
        // In a split, an answer to the broader old question says nothing about each part unless
        // the recode says so; elsewhere a code that still exists keeps its meaning.
        codes.put(code, List.of(code));
      }
    }
    if (!successor.source().recode().isEmpty()) {
      notes.add("recoded " + where + ": " + successor.source().recode());
    }
    return new Step(CodeMapping.of(codes), comparability, notes);
  }

  private static boolean numericWidening(QuestionType from, QuestionType to) {
    return from == QuestionType.INTEGER && to == QuestionType.DECIMAL;
  }

  private static Comparability judge(CodeMapping mapping, Optional<ChoiceList> oldList) {
    if (mapping.isIdentity() || oldList.isEmpty()) {
      return Comparability.EXACT;
    }
    Comparability result = Comparability.EXACT;
    for (String code : oldList.get().codes()) {
      Optional<List<String>> mapped = mapping.map(code);
      if (mapped.isEmpty()) {
        result = result.worst(Comparability.PARTIAL);
      } else if (mapped.get().size() > 1) {
        result = result.worst(Comparability.COARSENED);
      }
    }
    return result;
  }

  private static CodeMapping sameCodes(ChoiceList list) {
    Map<String, List<String>> codes = new LinkedHashMap<>();
    list.codes().forEach(c -> codes.put(c, List.of(c)));
    return CodeMapping.of(codes);
  }
}
