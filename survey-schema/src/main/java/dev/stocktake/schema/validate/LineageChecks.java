package dev.stocktake.schema.validate;

import dev.stocktake.schema.ChoiceList;
import dev.stocktake.schema.Lineage;
import dev.stocktake.schema.MergeSource;
import dev.stocktake.schema.Question;
import dev.stocktake.schema.QuestionRef;
import dev.stocktake.schema.SurveySchema;
import dev.stocktake.schema.io.FieldPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks that lineage and retirements point at questions and choice codes that exist in the
 * versions they name: what makes rounds comparable must itself be right.
 */
final class LineageChecks {
  private final Collector out;
  private final SurveySchema schema;
  private final SchemaContext context;

  LineageChecks(Collector out, SurveySchema schema, SchemaContext context) {
    this.out = out;
    this.schema = schema;
    this.context = context;
  }

  void check() {
    // A question without lineage whose id was in the previous version continues it implicitly;
    // an explicit `from` naming the same old question would make two continuations.
    Map<String, String> claimedBy = new HashMap<>();
    Optional<SurveySchema> previous = context.version(schema.version() - 1);
    for (Question q : schema.questions()) {
      if (q.lineage() == null && previous.flatMap(p -> p.question(q.id())).isPresent()) {
        claimedBy.put(new QuestionRef(schema.version() - 1, q.id()).toString(), q.id());
      }
    }
    for (int i = 0; i < schema.questions().size(); i++) {
      Question q = schema.questions().get(i);
      if (q.lineage() != null) {
        lineage(q, FieldPath.of("questions").index(i).field("lineage"), claimedBy);
      }
    }
    retired();
  }

  private void lineage(Question q, FieldPath at, Map<String, String> claimedBy) {
    Lineage lineage = q.lineage();
    if (lineage.formsGiven() > 1) {
      out.add(at, "give only one of new, from, split_from and merged_from");
      return;
    }
    switch (lineage.kind()) {
      case NONE ->
          out.add(at, "lineage names no origin: use new: true, from, split_from or merged_from");
      case NEW -> {
        if (!lineage.recode().isEmpty()) {
          out.add(
              at.field("recode"),
              "a new question has nothing to recode; remove recode or name its origin");
        }
      }
      case FROM -> {
        source(q, lineage.sources().get(0), at.field("from"), at.field("recode"));
        String old = lineage.from().toString();
        String other = claimedBy.putIfAbsent(old, q.id());
        if (other != null) {
          out.add(
              at.field("from"),
              "\""
                  + other
                  + "\" already continues "
                  + old
                  + (other.equals(lineage.from().id()) ? " (same id, no lineage)" : "")
                  + "; if the old question was split in two, use split_from in both; if \""
                  + other
                  + "\" is a different question, give it lineage: {new: true}");
        }
      }
      case SPLIT -> source(q, lineage.sources().get(0), at.field("split_from"), at.field("recode"));
      case MERGED -> {
        if (lineage.mergedFrom().size() < 2) {
          out.add(
              at.field("merged_from"),
              "a merge needs at least two earlier questions; use from for one");
        }
        if (!lineage.recode().isEmpty()) {
          out.add(
              at.field("recode"), "give each merged question its own recode inside merged_from");
        }
        for (int m = 0; m < lineage.mergedFrom().size(); m++) {
          FieldPath source = at.field("merged_from").index(m);
          source(q, lineage.mergedFrom().get(m), source, source.field("recode"));
        }
      }
    }
  }

  private void source(Question q, MergeSource source, FieldPath at, FieldPath recodeAt) {
    if (source.version() >= schema.version()) {
      out.add(
          at.field("version"),
          "lineage must name an earlier version than "
              + schema.version()
              + ", not "
              + source.version());
      return;
    }
    Optional<SurveySchema> old = context.version(source.version());
    if (old.isEmpty()) {
      out.add(
          at.field("version"),
          "version "
              + source.version()
              + " of survey \""
              + schema.survey()
              + "\" not found ("
              + context.describeLookup()
              + ")");
      return;
    }
    Optional<Question> oldQuestion = old.get().question(source.id());
    if (oldQuestion.isEmpty()) {
      List<String> ids = old.get().questions().stream().map(Question::id).toList();
      out.add(
          at.field("id"),
          "question \""
              + source.id()
              + "\" does not exist in version "
              + source.version()
              + Names.suggestion(source.id(), ids));
      return;
    }
    if (source.recode().isEmpty()) {
      return;
    }
    Optional<ChoiceList> oldList = old.get().choicesOf(oldQuestion.get());
    Optional<ChoiceList> newList = schema.choicesOf(q);
    if (oldList.isEmpty() || newList.isEmpty()) {
      out.add(
          recodeAt,
          "recode maps choice codes, but "
              + (oldList.isEmpty() ? "v" + source.version() + "." + source.id() : q.id())
              + " has no choice list");
      return;
    }
    source
        .recode()
        .forEach(
            (from, to) -> {
              if (!oldList.get().has(from)) {
                out.add(
                    recodeAt.field(from),
                    "\""
                        + from
                        + "\" is not a code of the old list \""
                        + oldList.get().id()
                        + "\" (version "
                        + source.version()
                        + "); its codes are: "
                        + String.join(", ", oldList.get().codes()));
              }
              for (String code : to) {
                if (!newList.get().has(code)) {
                  out.add(
                      recodeAt.field(from),
                      "\""
                          + code
                          + "\" is not a code of the new list \""
                          + newList.get().id()
                          + "\"; its codes are: "
                          + String.join(", ", newList.get().codes()));
                }
              }
            });
  }

  /** The question of this version that continues question {@code id} of {@code version}. */
  private Optional<String> continuation(int version, String id) {
    for (Question q : schema.questions()) {
      boolean implicit = q.lineage() == null && q.id().equals(id);
      boolean explicit =
          q.lineage() != null
              && q.lineage().sources().stream()
                  .anyMatch(s -> s.version() == version && s.id().equals(id));
      if (implicit || explicit) {
        return Optional.of(q.id());
      }
    }
    return Optional.empty();
  }

  private void retired() {
    if (schema.retired().isEmpty()) {
      return;
    }
    FieldPath at = FieldPath.of("retired");
    Optional<SurveySchema> previous = context.version(schema.version() - 1);
    if (previous.isEmpty()) {
      out.add(
          at,
          "cannot check retired questions: version "
              + (schema.version() - 1)
              + " of survey \""
              + schema.survey()
              + "\" not found ("
              + context.describeLookup()
              + ")");
      return;
    }
    for (int i = 0; i < schema.retired().size(); i++) {
      String id = schema.retired().get(i).id();
      if (previous.get().question(id).isEmpty()) {
        out.add(
            at.index(i).field("id"),
            "question \""
                + id
                + "\" does not exist in version "
                + previous.get().version()
                + Names.suggestion(
                    id, previous.get().questions().stream().map(Question::id).toList()));
      } else {
        int index = i;
        continuation(previous.get().version(), id)
            .ifPresent(
                q ->
                    out.add(
                        at.index(index).field("id"),
                        "question \""
                            + id
                            + "\" is retired but still asked in this version"
                            + (q.equals(id) ? "" : " (continued by \"" + q + "\")")));
      }
    }
  }
}
