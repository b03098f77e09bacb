package dev.stocktake.etl.compare.internal;

import dev.stocktake.schema.ChoiceList;
import dev.stocktake.schema.Question;
import dev.stocktake.schema.QuestionType;
import dev.stocktake.schema.SurveySchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The closed questions of the newest schema version, which every round is harmonised to: their
 * type, the order of their choices and the framework item they report on. Free text is left to the
 * coding of open answers.
 */
public final class QuestionCatalog {
  /** One closed question: its type, choice codes in list order, and its commitment (or null). */
  public record Entry(
      String id, QuestionType type, List<String> codes, String commitment, List<String> appliesTo) {
    /** Whether the question is asked of {@code group} (no applies_to: of every group). */
    public boolean appliesTo(String group) {
      return appliesTo.isEmpty() || appliesTo.contains(group);
    }

    public boolean isOrdinal() {
      return type == QuestionType.LIKERT;
    }

    public boolean isNumeric() {
      return type == QuestionType.INTEGER || type == QuestionType.DECIMAL;
    }

    /** Answers with one value that a panel can follow from round to round. */
    public boolean isSingleValued() {
      return type != QuestionType.MULTI_CHOICE && type != QuestionType.TEXT;
    }
  }

  private final Map<String, Entry> entries = new LinkedHashMap<>();

  public QuestionCatalog(SurveySchema newest) {
    for (Question q : newest.questions()) {
      if (q.type() == QuestionType.TEXT || q.type() == QuestionType.DATE) {
        continue;
      }
      List<String> codes = newest.choicesOf(q).map(ChoiceList::codes).orElse(List.of());
      entries.put(q.id(), new Entry(q.id(), q.type(), codes, q.commitment(), q.appliesTo()));
    }
  }

  public List<Entry> entries() {
    return List.copyOf(entries.values());
  }

  public Entry get(String id) {
    return entries.get(id);
  }

  public List<String> ids() {
    return List.copyOf(entries.keySet());
  }

  public List<String> singleValuedIds() {
    return entries.values().stream().filter(Entry::isSingleValued).map(Entry::id).toList();
  }
}
