package dev.stocktake.etl.generate;

import dev.stocktake.schema.ChoiceList;
import dev.stocktake.schema.Constraint;
import dev.stocktake.schema.Question;
import dev.stocktake.schema.SurveySchema;
import dev.stocktake.schema.expr.ExpressionParser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a generated row must satisfy, written from the schema (docs/formats.md) independently of the
 * generator: applies_to, skip logic, required, choice codes, types and constraints. Lists every
 * violation of a row rather than stopping at the first.
 */
final class SchemaConformance {
  private final SurveySchema schema;

  SchemaConformance(SurveySchema schema) {
    this.schema = schema;
  }

  /** The violations of one row, each as {@code respondent question: what is wrong}. */
  List<String> problems(String respondent, String group, Map<String, String> answers) {
    List<String> out = new ArrayList<>();
    if (!schema.groupIds().contains(group)) {
      out.add(respondent + ": group \"" + group + "\" is not declared");
    }
    for (Question q : schema.questions()) {
      String where = respondent + " " + q.id() + ": ";
      String value = answers.get(q.id());
      if (value == null) {
        out.add(where + "no such column");
        continue;
      }
      boolean applies = q.appliesTo(group);
      boolean relevant =
          q.relevant() == null || ExpressionParser.parse(q.relevant()).test(answers::get);
      if (!applies && !value.isEmpty()) {
        out.add(where + "answered by " + group + " but applies to " + q.appliesTo());
      } else if (!relevant && !value.isEmpty()) {
        out.add(where + "answered though \"" + q.relevant() + "\" is false");
      } else if (applies && relevant && q.isRequired() && value.isEmpty()) {
        out.add(where + "required but blank");
      }
      if (!value.isEmpty()) {
        String wrong = valueProblem(q, value);
        if (wrong != null) {
          out.add(where + "\"" + value + "\" " + wrong);
        }
      }
    }
    return out;
  }

  private String valueProblem(Question q, String value) {
    Constraint c = q.constraint() == null ? new Constraint(null, null, null, null) : q.constraint();
    List<String> codes = schema.choicesOf(q).map(ChoiceList::codes).orElse(List.of());
    return switch (q.type()) {
      case SINGLE_CHOICE, LIKERT, YES_NO -> codes.contains(value) ? null : "is not one of " + codes;
      case MULTI_CHOICE -> {
        Set<String> seen = new HashSet<>();
        for (String code : value.split(" ", -1)) {
          if (!codes.contains(code)) {
            yield "has \"" + code + "\", not one of " + codes;
          }
          if (!seen.add(code)) {
            yield "repeats " + code;
          }
        }
        yield null;
      }
      case INTEGER ->
          value.matches("-?[0-9]+") ? range(new BigDecimal(value), c) : "is not a whole number";
      case DECIMAL ->
          value.matches("-?[0-9]+(\\.[0-9]+)?")
              ? range(new BigDecimal(value), c)
              : "is not a number";
      case DATE -> {
        try {
          LocalDate d = LocalDate.parse(value);
          if (c.min() != null && d.isBefore(LocalDate.parse(c.min()))) {
            yield "is before min " + c.min();
          }
          if (c.max() != null && d.isAfter(LocalDate.parse(c.max()))) {
            yield "is after max " + c.max();
          }
          yield null;
        } catch (DateTimeParseException e) {
          yield "is not a date";
        }
      }
      case TEXT -> {
        if (c.maxLength() != null && value.codePointCount(0, value.length()) > c.maxLength()) {
          yield "is longer than max_length " + c.maxLength();
        }
        if (c.pattern() != null && !value.matches(c.pattern())) {
          yield "does not match " + c.pattern();
        }
        yield value.isBlank() ? "is blank but not empty" : null;
      }
    };
  }

  private static String range(BigDecimal number, Constraint c) {
    if (c.min() != null && number.compareTo(new BigDecimal(c.min())) < 0) {
      return "is below min " + c.min();
    }
    if (c.max() != null && number.compareTo(new BigDecimal(c.max())) > 0) {
      return "is above max " + c.max();
    }
    return null;
  }
}
