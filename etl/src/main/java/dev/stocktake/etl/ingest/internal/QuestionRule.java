package dev.stocktake.etl.ingest.internal;

import dev.stocktake.schema.ChoiceList;
import dev.stocktake.schema.Constraint;
import dev.stocktake.schema.Question;
import dev.stocktake.schema.QuestionType;
import dev.stocktake.schema.SurveySchema;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an answer to one question must satisfy, in a form that travels to Spark executors: the
 * schema's records stay on the driver, this carries only what validation needs.
 *
 * @param ranks choice code to its 1-based rank in the list (the order of likert scales)
 * @param minimum the constraint's min as a number or ISO date, null if none
 */
record QuestionRule(
    String id,
    QuestionType type,
    Map<String, Integer> ranks,
    String minimum,
    String maximum,
    String pattern,
    int maxLength,
    Set<String> appliesTo,
    String relevant,
    boolean required,
    boolean published)
    implements Serializable {

  /** Longest answer accepted when the schema sets no max_length: 100,000 characters. */
  static final int TEXT_LIMIT = 100_000;

  static QuestionRule of(SurveySchema schema, Question question) {
    Map<String, Integer> ranks = new LinkedHashMap<>();
    List<String> codes = schema.choicesOf(question).map(ChoiceList::codes).orElse(List.of());
    for (int i = 0; i < codes.size(); i++) {
      ranks.put(codes.get(i), i + 1);
    }
    Constraint c = question.constraint();
    return new QuestionRule(
        question.id(),
        question.type(),
        Map.copyOf(ranks),
        c == null ? null : c.min(),
        c == null ? null : c.max(),
        c == null ? null : c.pattern(),
        c == null || c.maxLength() == null ? TEXT_LIMIT : c.maxLength(),
        Set.copyOf(question.appliesTo()),
        question.relevant(),
        question.isRequired(),
        question.isPublished());
  }

  boolean appliesTo(String group) {
    return appliesTo.isEmpty() || appliesTo.contains(group);
  }

  boolean hasCode(String code) {
    return ranks.containsKey(code);
  }

  /** The codes in list order. */
  List<String> codes() {
    return ranks.entrySet().stream()
        .sorted(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .toList();
  }

  /** The codes in list order, for messages. */
  String codesForMessage() {
    return ranks.entrySet().stream()
        .sorted(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .reduce((a, b) -> a + ", " + b)
        .orElse("");
  }

  BigDecimal numericMin() {
    return minimum == null || type == QuestionType.DATE ? null : new BigDecimal(minimum);
  }

  BigDecimal numericMax() {
    return maximum == null || type == QuestionType.DATE ? null : new BigDecimal(maximum);
  }

  LocalDate dateMin() {
    return minimum == null || type != QuestionType.DATE ? null : LocalDate.parse(minimum);
  }

  LocalDate dateMax() {
    return maximum == null || type != QuestionType.DATE ? null : LocalDate.parse(maximum);
  }
}
