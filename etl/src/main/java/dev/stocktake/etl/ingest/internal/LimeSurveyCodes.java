package dev.stocktake.etl.ingest.internal;

import dev.stocktake.etl.ingest.ExportFormat;
import dev.stocktake.schema.QuestionType;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * LimeSurvey's codes, read back into Stocktake's ids. A question code is the question id with its
 * non-alphanumerics removed, compared without case ({@code hq_region} is {@code hqregion}); a
 * multiple-choice subquestion {@code Q[SQ001]} is the first choice of Q's list, or {@code
 * Q[<code>]} the choice whose code it is without its non-alphanumerics; {@code Q[other]} and
 * anything else unmatched is an unknown column. Answers: {@code A1}, {@code A2}... are the first,
 * second... choice of the list (or a choice code, compared the same way), {@code Y}/{@code N} are
 * yes/no, a date is {@code YYYY-MM-DD 00:00:00}, a subquestion flag is {@code Y} or empty.
 */
final class LimeSurveyCodes {
  private static final Pattern SUBQUESTION = Pattern.compile("(.+)\\[([^\\]]+)\\]");
  private static final Pattern NUMBERED_SUBQUESTION = Pattern.compile("(?i)SQ0*(\\d+)");
  private static final Pattern NUMBERED_ANSWER = Pattern.compile("(?i)A0*(\\d+)");
  private static final Pattern MIDNIGHT = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}) 00:00:00");

  private LimeSurveyCodes() {}

  /** The column a LimeSurvey heading is, or null when no question of {@code rules} has its code. */
  static ColumnPlan.Column column(int index, String name, String heading, RoundRules rules) {
    Matcher sub = SUBQUESTION.matcher(heading);
    if (sub.matches()) {
      String question = question(sub.group(1), rules);
      // Q[other] is LimeSurvey's own "Other:" text box, never a choice of the schema's list (a
      // choice coded "other" is exported as a numbered subquestion like any other).
      if (question == null
          || rules.question(question).type() != QuestionType.MULTI_CHOICE
          || sub.group(2).strip().equalsIgnoreCase("other")) {
        return null;
      }
      String code = choice(sub.group(2), rules.question(question).codes(), NUMBERED_SUBQUESTION);
      return code == null
          ? null
          : new ColumnPlan.Column(index, name, ColumnPlan.Kind.CHOICE_FLAG, question, code, -1);
    }
    String question = question(heading, rules);
    return question == null
        ? null
        : new ColumnPlan.Column(index, name, ColumnPlan.Kind.ANSWER, question, null, -1);
  }

  /** The one question whose code {@code code} is; null if none or several. */
  private static String question(String code, RoundRules rules) {
    String wanted = ExportFormat.limeSurveyCode(code);
    String found = null;
    for (String id : rules.questionIds()) {
      if (ExportFormat.limeSurveyCode(id).equals(wanted)) {
        if (found != null) {
          return null;
        }
        found = id;
      }
    }
    return wanted.isEmpty() ? null : found;
  }

  /** The choice {@code code} names, by number ({@code SQ002}, {@code A2}) or by its code. */
  private static String choice(String code, List<String> codes, Pattern numbered) {
    if (codes.contains(code)) {
      return code;
    }
    Matcher number = numbered.matcher(code.strip());
    if (number.matches()) {
      int n = Integer.parseInt(number.group(1));
      return n >= 1 && n <= codes.size() ? codes.get(n - 1) : null;
    }
    String wanted = ExportFormat.limeSurveyCode(code);
    String found = null;
    for (String c : codes) {
      if (ExportFormat.limeSurveyCode(c).equals(wanted)) {
        if (found != null) {
          return null;
        }
        found = c;
      }
    }
    return wanted.isEmpty() ? null : found;
  }

  /**
   * The Stocktake value of a LimeSurvey answer to {@code rule}'s question; a value that cannot be
   * mapped is returned as it is, so that the answer's check sets it aside naming the raw value.
   */
  static String value(QuestionRule rule, String raw) {
    String value = raw.strip();
    switch (rule.type()) {
      case SINGLE_CHOICE, LIKERT -> {
        String code = choice(value, rule.codes(), NUMBERED_ANSWER);
        return code == null ? raw : code;
      }
      case YES_NO -> {
        return switch (value.toUpperCase(Locale.ROOT)) {
          case "Y" -> "yes";
          case "N" -> "no";
          default -> raw;
        };
      }
      case DATE -> {
        Matcher midnight = MIDNIGHT.matcher(value);
        return midnight.matches() ? midnight.group(1) : raw;
      }
      default -> {
        return raw;
      }
    }
  }

  /** Whether a subquestion flag is set: {@code Y}; not set: empty; null for anything else. */
  static Boolean flag(String raw) {
    String value = raw == null ? "" : raw.strip();
    if (value.isEmpty()) {
      return false;
    }
    return value.equalsIgnoreCase("Y") ? true : null;
  }
}
