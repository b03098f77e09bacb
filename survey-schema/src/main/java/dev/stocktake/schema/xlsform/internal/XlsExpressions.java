package dev.stocktake.schema.xlsform.internal;

import dev.stocktake.schema.Constraint;
import dev.stocktake.schema.QuestionType;
import dev.stocktake.schema.expr.ExpressionException;
import dev.stocktake.schema.expr.ExpressionParser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translates skip logic and constraints between XLSForm's XPath subset and Stocktake. Only the
 * tokens that differ are rewritten ({@code ${id}} and bare ids, {@code =} and {@code ==}); spacing
 * and parentheses stay as written, so a schema's expressions come back unchanged.
 */
public final class XlsExpressions {
  private static final Set<String> WORDS = Set.of("and", "or", "not", "selected", "answered");

  private static final Pattern ANSWERED_ARGUMENT =
      Pattern.compile("\\s*\\(\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\)");
  private static final Pattern BOUND =
      Pattern.compile(
          "\\.\\s*(>=|>|<=|<)\\s*(?:date\\(\\s*'([^']*)'\\s*\\)|'(\\d{4}-\\d{2}-\\d{2})'"
              + "|(-?\\d+(?:\\.\\d+)?))");
  private static final Pattern REGEX =
      Pattern.compile("regex\\(\\s*\\.\\s*,\\s*(?:'([^']*)'|\"([^\"]*)\")\\s*\\)");
  private static final Pattern LENGTH =
      Pattern.compile("string-length\\(\\s*\\.\\s*\\)\\s*(<=|<)\\s*(\\d+)");

  private XlsExpressions() {}

  /**
   * An XLSForm {@code relevant} as a Stocktake expression, or empty when Stocktake's grammar cannot
   * read it; {@code rename} maps form names to schema ids.
   */
  public static Optional<String> relevantFromForm(String xpath, Function<String, String> rename) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < xpath.length()) {
      char c = xpath.charAt(i);
      if (c == '\'' || c == '"') {
        int end = xpath.indexOf(c, i + 1);
        if (end < 0) {
          return Optional.empty();
        }
        out.append(xpath, i, end + 1);
        i = end + 1;
      } else if (c == '$' && xpath.startsWith("{", i + 1)) {
        int end = xpath.indexOf('}', i);
        if (end < 0) {
          return Optional.empty();
        }
        out.append(rename.apply(xpath.substring(i + 2, end).strip()));
        i = end + 1;
      } else if (c == '=' && !isOperatorBefore(xpath, i) && !xpath.startsWith("=", i + 1)) {
        out.append("==");
        i++;
      } else {
        out.append(c);
        i++;
      }
    }
    String result = out.toString().strip();
    try {
      ExpressionParser.parse(result);
      return Optional.of(result);
    } catch (ExpressionException e) {
      return Optional.empty();
    }
  }

  private static boolean isOperatorBefore(String s, int i) {
    return i > 0 && "!<>=".indexOf(s.charAt(i - 1)) >= 0;
  }

  /**
   * A Stocktake expression in XLSForm's syntax: question ids become {@code ${id}}, {@code ==}
   * becomes {@code =}, and {@code answered(q)} becomes {@code ${q} != ''}.
   */
  public static String relevantToForm(String expression, Set<String> questionIds) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    String s = expression;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\'' || c == '"') {
        int end = s.indexOf(c, i + 1);
        end = end < 0 ? s.length() - 1 : end;
        out.append(s, i, end + 1);
        i = end + 1;
      } else if (c == '$' && s.startsWith("{", i + 1)) {
        int end = s.indexOf('}', i);
        end = end < 0 ? s.length() - 1 : end;
        out.append(s, i, end + 1);
        i = end + 1;
      } else if (Character.isLetter(c) || c == '_') {
        int start = i;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
          i++;
        }
        String word = s.substring(start, i);
        Matcher answered = ANSWERED_ARGUMENT.matcher(s).region(i, s.length());
        if (word.equals("answered") && answered.lookingAt()) {
          out.append("${").append(answered.group(1)).append("} != ''");
          i = answered.end();
        } else if (!WORDS.contains(word) && questionIds.contains(word)) {
          out.append("${").append(word).append('}');
        } else {
          out.append(word);
        }
      } else if (s.startsWith("==", i)) {
        out.append('=');
        i += 2;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** A constraint in XLSForm's syntax over {@code .}, the answer itself; null when it has none. */
  public static String constraintToForm(Constraint constraint, QuestionType type) {
    if (constraint == null) {
      return null;
    }
    List<String> terms = new ArrayList<>();
    if (constraint.min() != null) {
      terms.add(". >= " + bound(constraint.min(), type));
    }
    if (constraint.max() != null) {
      terms.add(". <= " + bound(constraint.max(), type));
    }
    if (constraint.pattern() != null) {
      String quote = constraint.pattern().contains("'") ? "\"" : "'";
      terms.add("regex(., " + quote + constraint.pattern() + quote + ")");
    }
    if (constraint.maxLength() != null) {
      terms.add("string-length(.) <= " + constraint.maxLength());
    }
    return terms.isEmpty() ? null : String.join(" and ", terms);
  }

  private static String bound(String value, QuestionType type) {
    return type == QuestionType.DATE ? "date('" + value + "')" : value;
  }

  /** A constraint read from a form: what maps, and the terms that do not. */
  public record ParsedConstraint(Constraint constraint, List<String> unmapped) {}

  /**
   * Reads an XLSForm constraint joined with {@code and}: bounds on {@code .} (strict bounds only
   * for integers), {@code regex(., 'p')} and {@code string-length(.) <= n}; other terms are listed.
   */
  public static ParsedConstraint constraintFromForm(String xpath, QuestionType type) {
    List<String> terms = splitAnd(xpath);
    if (terms == null) {
      return new ParsedConstraint(null, List.of(xpath.strip()));
    }
    String min = null;
    String max = null;
    String pattern = null;
    Integer maxLength = null;
    List<String> unmapped = new ArrayList<>();
    boolean numeric = type == QuestionType.INTEGER || type == QuestionType.DECIMAL;
    for (String term : terms) {
      Matcher bound = BOUND.matcher(term);
      Matcher regex = REGEX.matcher(term);
      Matcher length = LENGTH.matcher(term);
      if (bound.matches() && (numeric || type == QuestionType.DATE)) {
        String date = bound.group(2) != null ? bound.group(2) : bound.group(3);
        String number = bound.group(4);
        if ((type == QuestionType.DATE) != (date != null)) {
          unmapped.add(term);
          continue;
        }
        String value = date != null ? date : number;
        String op = bound.group(1);
        if (op.length() == 1) {
          if (type != QuestionType.INTEGER || number.contains(".")) {
            unmapped.add(term);
            continue;
          }
          // A strict bound on whole numbers is the next whole number inclusive.
          value =
              new BigDecimal(number).add(BigDecimal.valueOf(op.equals(">") ? 1 : -1)).toString();
        }
        if (op.startsWith(">")) {
          min = value;
        } else {
          max = value;
        }
      } else if (regex.matches() && type == QuestionType.TEXT) {
        pattern = regex.group(1) != null ? regex.group(1) : regex.group(2);
      } else if (length.matches() && type == QuestionType.TEXT) {
        int n = Integer.parseInt(length.group(2));
        maxLength = length.group(1).equals("<") ? n - 1 : n;
      } else {
        unmapped.add(term);
      }
    }
    boolean any = min != null || max != null || pattern != null || maxLength != null;
    return new ParsedConstraint(
        any ? new Constraint(min, max, pattern, maxLength) : null, List.copyOf(unmapped));
  }

  /** The terms of a top-level {@code and}, or null when the expression has a top-level or. */
  private static List<String> splitAnd(String xpath) {
    List<String> terms = new ArrayList<>();
    int depth = 0;
    int start = 0;
    String s = xpath.strip();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\'' || c == '"') {
        int end = s.indexOf(c, i + 1);
        i = end < 0 ? s.length() : end;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (depth == 0 && Character.isWhitespace(c)) {
        String rest = s.substring(i + 1).toLowerCase(Locale.ROOT);
        if (rest.startsWith("or ") || rest.startsWith("or(")) {
          return null;
        }
        if (rest.startsWith("and ") || rest.startsWith("and(")) {
          terms.add(s.substring(start, i).strip());
          start = i + 4;
          i += 3;
        }
      }
    }
    terms.add(s.substring(start).strip());
    return terms;
  }

  /** The applies_to groups and the question's own relevant, as written by the export. */
  public record AppliesTo(List<String> groups, String relevant) {}

  private static final String TERM = "\\$\\{group\\}\\s*=\\s*'[a-z][a-z0-9_]*'";
  private static final String TERMS = TERM + "(?:\\s+or\\s+" + TERM + ")*";
  private static final Pattern WITH_OWN =
      Pattern.compile("\\s*\\((" + TERMS + ")\\)\\s+and\\s+\\((.*)\\)\\s*");
  private static final Pattern ALONE = Pattern.compile("\\s*(" + TERMS + ")\\s*");
  private static final Pattern ONE_TERM =
      Pattern.compile("\\$\\{group\\}\\s*=\\s*'([a-z][a-z0-9_]*)'");

  /**
   * Splits a form's relevant into the group clause the export writes and the rest, if it has one.
   */
  public static Optional<AppliesTo> appliesTo(String xpath) {
    Matcher with = WITH_OWN.matcher(xpath);
    Matcher alone = ALONE.matcher(xpath);
    String clause;
    String own = null;
    if (with.matches()) {
      clause = with.group(1);
      own = with.group(2).strip();
    } else if (alone.matches()) {
      clause = alone.group(1);
    } else {
      return Optional.empty();
    }
    List<String> groups = new ArrayList<>();
    Matcher term = ONE_TERM.matcher(clause);
    while (term.find()) {
      groups.add(term.group(1));
    }
    return Optional.of(new AppliesTo(groups, own));
  }

  /** The relevant the export writes for a question's groups and its own condition (in XLSForm). */
  public static String appliesToForm(List<String> groups, String own) {
    if (groups.isEmpty()) {
      return own;
    }
    String clause =
        String.join(" or ", groups.stream().map(g -> "${group} = '" + g + "'").toList());
    return own == null ? clause : "(" + clause + ") and (" + own + ")";
  }
}
