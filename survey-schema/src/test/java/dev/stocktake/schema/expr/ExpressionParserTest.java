package dev.stocktake.schema.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stocktake.schema.expr.Expression.Reference;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionParserTest {

  /** Evaluates {@code source} against answers given as alternating question ids and answers. */
  private static boolean test(String source, String... answers) {
    Map<String, String> byQuestion = new HashMap<>();
    for (int i = 0; i < answers.length; i += 2) {
      byQuestion.put(answers[i], answers[i + 1]);
    }
    return ExpressionParser.parse(source).test(byQuestion::get);
  }

  @Test
  void equalityComparesTheTrimmedAnswerWithTheLiteral() {
    assertEquals(true, test("q == 'yes'", "q", "yes"));
    assertEquals(true, test("q == 'yes'", "q", " yes "));
    assertEquals(false, test("q == 'yes'", "q", "no"));
    assertEquals(false, test("q == 'yes'", "q", "Yes"));
    assertEquals(true, test("q != 'yes'", "q", "no"));
    assertEquals(false, test("q != 'yes'", "q", "yes"));
    assertEquals(true, test("q == \"yes\"", "q", "yes"), "double quotes");
    assertEquals(true, test("'yes' == q", "q", "yes"), "literal on the left");
    assertEquals(true, test("a == b", "a", "x", "b", "x"), "two answers");
  }

  @Test
  void anUnansweredQuestionComparesAsTheEmptyString() {
    assertEquals(true, test("q == ''"));
    assertEquals(true, test("q == ''", "q", "  "));
    assertEquals(false, test("q == 'yes'"));
    assertEquals(true, test("q != 'yes'"));
  }

  @ParameterizedTest(name = "{1} {0} {2} is {3}")
  @CsvSource({
    "<, 3, 10, true",
    "<, 10, 3, false",
    "<, 3, 3, false",
    "<=, 3, 3, true",
    "<=, 4, 3, false",
    ">, 10, 3, true",
    ">, 3, 3, false",
    ">=, 3, 3, true",
    ">=, 2.5, 3, false",
    ">, -1, -2, true",
    "<, 9, 10, true"
  })
  void orderingComparesNumbersNotText(String operator, String answer, String literal, boolean is) {
    assertEquals(is, test("q " + operator + " " + literal, "q", answer));
  }

  @Test
  void orderingIsFalseWhenEitherSideIsNotANumber() {
    for (String operator : List.of("<", "<=", ">", ">=")) {
      assertEquals(false, test("q " + operator + " 3", "q", "many"), operator + " text");
      assertEquals(false, test("q " + operator + " 3"), operator + " unanswered");
      assertEquals(false, test("q " + operator + " 'x'", "q", "3"), operator + " text literal");
    }
    assertEquals(true, test("q >= '3'", "q", "3"), "a quoted number is a number");
  }

  @Test
  void andBindsTighterThanOrAndNotTighterThanAnd() {
    // a or (b and c)
    assertEquals(true, test("a == '1' or b == '1' and c == '1'", "a", "1"));
    assertEquals(false, test("a == '1' or b == '1' and c == '1'", "b", "1"));
    // (not a) and b
    assertEquals(true, test("not a == '1' and b == '1'", "b", "1"));
    assertEquals(false, test("not a == '1' and b == '1'", "a", "1", "b", "1"));
    assertEquals(false, test("not a == '1' and b == '1'"));
    assertEquals(true, test("not not a == '1'", "a", "1"));
  }

  @Test
  void parenthesesGroup() {
    assertEquals(false, test("(a == '1' or b == '1') and c == '1'", "a", "1"));
    assertEquals(true, test("(a == '1' or b == '1') and c == '1'", "a", "1", "c", "1"));
    assertEquals(true, test("not (a == '1' and b == '1')", "a", "1"));
    assertEquals(true, test("((a == '1'))", "a", "1"));
  }

  @Test
  void selectedLooksForACodeAmongSpaceSeparatedCodes() {
    assertEquals(true, test("selected(q, 'gifct')", "q", "ccan gifct other"));
    assertEquals(true, test("selected(q, 'gifct')", "q", " gifct  ccan "));
    assertEquals(true, test("selected(q, 'gifct')", "q", "gifct"));
    assertEquals(false, test("selected(q, 'gifct')", "q", "gifct_staff ccan"));
    assertEquals(false, test("selected(q, 'gifct')", "q", ""));
    assertEquals(false, test("selected(q, 'gifct')"));
    assertEquals(true, test("not selected(q, 'gifct') and answered(q)", "q", "ccan"));
  }

  @Test
  void answeredIsTrueForANonBlankAnswer() {
    assertEquals(true, test("answered(q)", "q", "0"));
    assertEquals(false, test("answered(q)", "q", " "));
    assertEquals(false, test("answered(q)"));
  }

  @Test
  void xlsFormReferencesAndSingleEqualsAreAccepted() {
    assertEquals(true, test("${q} = 'yes'", "q", "yes"));
    assertEquals(true, test("${ q } = 'yes' and selected(${m}, 'a')", "q", "yes", "m", "a b"));
    assertEquals(
        List.of(new Reference("q", 0), new Reference("m", 28)),
        ExpressionParser.parse("${ q } = 'yes' and selected(${m}, 'a')").references());
  }

  @Test
  void referencesAreInOrderOfAppearanceWithTheirOffsets() {
    String source =
        "has_protocol == 'yes' and (staff > 0 or not answered(notes)) or selected(ch, 'x')";

    assertEquals(
        List.of(
            new Reference("has_protocol", 0),
            new Reference("staff", 27),
            new Reference("notes", 53),
            new Reference("ch", 73)),
        ExpressionParser.parse(source).references());
    assertEquals(
        List.of(new Reference("a", 0), new Reference("b", 5)),
        ExpressionParser.parse("a == b").references());
    assertEquals(List.of(), ExpressionParser.parse("'x' == 'x'").references());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "q == 'yes         | 5  | unclosed quote",
        "q == \"yes        | 5  | unclosed quote",
        "q 'yes'           | 2  | expected a comparison such as == 'yes' after \"q\"",
        "q                 | 1  | expected a comparison such as == 'yes' after \"q\"",
        "q == 'yes' r      | 11 | unexpected \"r\"; expected and, or, or the end",
        "q == 'yes')       | 10 | unexpected \")\"; expected and, or, or the end",
        "``                | 0  | the expression ends too early; expected a question id or a value",
        "`   `             | 3  | the expression ends too early; expected a question id or a value",
        "q ==              | 4  | the expression ends too early; expected a question id or a value",
        "q == 'a' and      | 12 | the expression ends too early; expected a question id or a value",
        "q == and          | 5  | expected a question id or a value, found \"and\"",
        "q == )            | 5  | expected a question id or a value, found \")\"",
        "(q == 'a'         | 9  | expected \")\" before the end",
        "selected(q 'a')   | 11 | expected \",\", found \"'a'\"",
        "selected(q, a)    | 12 | expected a quoted choice code, found \"a\"",
        "answered(q        | 10 | expected \")\" before the end",
        "${q == 'a'        | 0  | unclosed ${",
        "q == 'a' & r == 1 | 9  | unexpected character '&'",
        "q ! 'a'           | 2  | unexpected character '!'"
      })
  void errorsSayWhatIsWrongAndWhere(String source, int offset, String message) {
    ExpressionException e =
        assertThrows(ExpressionException.class, () -> ExpressionParser.parse(source));

    assertEquals(message, e.getMessage());
    assertEquals(offset, e.offset());
  }

  @Test
  void aStringWhereAnIdIsExpectedIsShownAsWritten() {
    ExpressionException e =
        assertThrows(ExpressionException.class, () -> ExpressionParser.parse("selected('q', 'a')"));

    assertEquals("expected a question id, found \"'q'\"", e.getMessage());
    assertEquals(9, e.offset());
  }
}
