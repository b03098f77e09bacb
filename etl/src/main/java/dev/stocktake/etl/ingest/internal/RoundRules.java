package dev.stocktake.etl.ingest.internal;

import dev.stocktake.etl.ingest.Reason;
import dev.stocktake.schema.Question;
import dev.stocktake.schema.QuestionType;
import dev.stocktake.schema.SurveySchema;
import dev.stocktake.schema.expr.Expression;
import dev.stocktake.schema.expr.ExpressionParser;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Validates the answers of one submission against the schema version of its round: type, choice
 * codes, constraints, {@code applies_to}, skip logic and required questions. Built on the driver
 * from a {@link SurveySchema}, used on executors.
 */
public final class RoundRules implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
  private static final DateTimeFormatter ISO_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private final int version;
  private final Set<String> groups;
  private final Set<String> languages;
  private final LinkedHashMap<String, QuestionRule> questions;
  // Compiled on first use on an executor. Concurrent maps: the ingest broadcasts its rules, so the
  // tasks of one executor share them.
  private transient volatile Map<String, Expression> relevant;
  private transient volatile Map<String, Pattern> patterns;

  private RoundRules(
      int version,
      Set<String> groups,
      Set<String> languages,
      LinkedHashMap<String, QuestionRule> questions) {
    this.version = version;
    this.groups = groups;
    this.languages = languages;
    this.questions = questions;
  }

  public static RoundRules of(SurveySchema schema) {
    LinkedHashMap<String, QuestionRule> questions = new LinkedHashMap<>();
    for (Question q : schema.questions()) {
      questions.put(q.id(), QuestionRule.of(schema, q));
    }
    return new RoundRules(
        schema.version(), Set.copyOf(schema.groupIds()), Set.copyOf(schema.languages()), questions);
  }

  public int version() {
    return version;
  }

  public boolean hasGroup(String group) {
    return groups.contains(group);
  }

  public Set<String> groups() {
    return groups;
  }

  public boolean hasLanguage(String language) {
    return languages.contains(language);
  }

  public Set<String> languages() {
    return languages;
  }

  public boolean hasQuestion(String id) {
    return questions.containsKey(id);
  }

  QuestionRule question(String id) {
    return questions.get(id);
  }

  /** Question ids in schema order. */
  public List<String> questionIds() {
    return List.copyOf(questions.keySet());
  }

  /** Whether a question is multi-choice and {@code code} one of its choices. */
  public boolean isChoiceOf(String question, String code) {
    QuestionRule rule = questions.get(question);
    return rule != null && rule.type() == QuestionType.MULTI_CHOICE && rule.hasCode(code);
  }

  public boolean isRequired(String question) {
    QuestionRule rule = questions.get(question);
    return rule != null && rule.required();
  }

  /**
   * Checks every answer of a submission from {@code group}. {@code answers} maps question id to the
   * raw answer (multi-choice as space-separated codes); blank answers count as unanswered. {@code
   * present} says which questions had a column in the file, so that a question without a column is
   * not reported as a missing required answer on every row.
   */
  List<AnswerOutcome> check(String group, Map<String, String> answers, Set<String> present) {
    List<AnswerOutcome> out = new ArrayList<>();
    Map<String, String> given = new HashMap<>();
    answers.forEach(
        (q, raw) -> {
          if (raw != null && !raw.isBlank()) {
            given.put(q, raw);
          }
        });
    for (QuestionRule rule : questions.values()) {
      String raw = given.get(rule.id());
      boolean applies = rule.appliesTo(group);
      boolean relevant = rule.relevant() == null || relevance(rule).test(given::get);
      if (raw == null) {
        if (rule.required() && applies && relevant && present.contains(rule.id())) {
          out.add(
              AnswerOutcome.rejected(
                  rule.id(), "", Reason.REQUIRED_MISSING, rule.id() + " is required"));
        }
      } else if (!applies) {
        out.add(
            AnswerOutcome.rejected(
                rule.id(),
                raw,
                Reason.NOT_APPLICABLE,
                rule.id() + " applies to " + sorted(rule.appliesTo()) + ", not to " + group));
      } else if (!relevant) {
        out.add(
            AnswerOutcome.rejected(
                rule.id(),
                raw,
                Reason.NOT_RELEVANT,
                rule.id() + " is answered although its condition is false: " + rule.relevant()));
      } else {
        out.add(checkValue(rule, raw));
      }
    }
    return out;
  }

  private AnswerOutcome checkValue(QuestionRule rule, String raw) {
    String id = rule.id();
    String value = rule.type() == QuestionType.TEXT ? raw : raw.strip();
    switch (rule.type()) {
      case SINGLE_CHOICE, LIKERT, YES_NO -> {
        if (!rule.hasCode(value)) {
          return unknownChoice(rule, raw, value);
        }
        Double rank = rule.type() == QuestionType.LIKERT ? (double) rule.ranks().get(value) : null;
        return AnswerOutcome.accepted(id, raw, List.of(value), rank);
      }
      case MULTI_CHOICE -> {
        Set<String> codes = new LinkedHashSet<>(List.of(value.split("\\s+")));
        for (String code : codes) {
          if (!rule.hasCode(code)) {
            return unknownChoice(rule, raw, code);
          }
        }
        return AnswerOutcome.accepted(id, raw, List.copyOf(codes), null);
      }
      case INTEGER, DECIMAL -> {
        boolean integer = rule.type() == QuestionType.INTEGER;
        if (!(integer ? INTEGER : DECIMAL).matcher(value).matches()) {
          return AnswerOutcome.rejected(
              id,
              raw,
              integer ? Reason.INVALID_INTEGER : Reason.INVALID_DECIMAL,
              "\"" + value + "\" is not " + (integer ? "a whole number" : "a number"));
        }
        BigDecimal number = new BigDecimal(value.startsWith("+") ? value.substring(1) : value);
        if (rule.numericMin() != null && number.compareTo(rule.numericMin()) < 0) {
          return AnswerOutcome.rejected(
              id, raw, Reason.BELOW_MIN, value + " is below the minimum " + rule.minimum());
        }
        if (rule.numericMax() != null && number.compareTo(rule.numericMax()) > 0) {
          return AnswerOutcome.rejected(
              id, raw, Reason.ABOVE_MAX, value + " is above the maximum " + rule.maximum());
        }
        String canonical = number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
        return AnswerOutcome.accepted(id, raw, List.of(canonical), number.doubleValue());
      }
      case DATE -> {
        LocalDate date;
        try {
          date = LocalDate.parse(value, ISO_DATE);
        } catch (DateTimeParseException e) {
          return AnswerOutcome.rejected(
              id,
              raw,
              Reason.INVALID_DATE,
              "\"" + value + "\" is not a date in the form YYYY-MM-DD");
        }
        if (rule.dateMin() != null && date.isBefore(rule.dateMin())) {
          return AnswerOutcome.rejected(
              id, raw, Reason.BELOW_MIN, value + " is before the minimum " + rule.minimum());
        }
        if (rule.dateMax() != null && date.isAfter(rule.dateMax())) {
          return AnswerOutcome.rejected(
              id, raw, Reason.ABOVE_MAX, value + " is after the maximum " + rule.maximum());
        }
        return AnswerOutcome.accepted(id, raw, List.of(date.toString()), null);
      }
      case TEXT -> {
        int length = value.codePointCount(0, value.length());
        if (length > rule.maxLength()) {
          return AnswerOutcome.rejected(
              id,
              raw,
              Reason.TOO_LONG,
              "the answer has " + length + " characters; at most " + rule.maxLength() + " allowed");
        }
        if (rule.pattern() != null && !pattern(rule).matcher(value).matches()) {
          return AnswerOutcome.rejected(
              id, raw, Reason.PATTERN_MISMATCH, "does not match the pattern " + rule.pattern());
        }
        return AnswerOutcome.accepted(id, raw, List.of(value), null);
      }
      default -> throw new IllegalStateException("unhandled question type " + rule.type());
    }
  }

  private static AnswerOutcome unknownChoice(QuestionRule rule, String raw, String code) {
    return AnswerOutcome.rejected(
        rule.id(),
        raw,
        Reason.UNKNOWN_CHOICE,
        "\""
            + code
            + "\" is not a choice of "
            + rule.id()
            + "; the codes are: "
            + rule.codesForMessage());
  }

  private Expression relevance(QuestionRule rule) {
    Map<String, Expression> compiled = relevant;
    if (compiled == null) {
      // Two tasks may each make a map here; one is kept and the other's work is only repeated.
      compiled = new ConcurrentHashMap<>();
      relevant = compiled;
    }
    return compiled.computeIfAbsent(rule.id(), id -> ExpressionParser.parse(rule.relevant()));
  }

  private Pattern pattern(QuestionRule rule) {
    Map<String, Pattern> compiled = patterns;
    if (compiled == null) {
      compiled = new ConcurrentHashMap<>();
      patterns = compiled;
    }
    return compiled.computeIfAbsent(rule.id(), id -> Pattern.compile(rule.pattern()));
  }

  private static List<String> sorted(Set<String> values) {
    return values.stream().sorted().toList();
  }
}
