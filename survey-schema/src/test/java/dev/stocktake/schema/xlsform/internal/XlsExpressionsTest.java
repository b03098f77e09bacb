package dev.stocktake.schema.xlsform.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stocktake.schema.Constraint;
import dev.stocktake.schema.QuestionType;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class XlsExpressionsTest {
  private static final Function<String, String> SAME = Function.identity();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "${q} = 'yes'|q == 'yes'",
        "${a} != '' and ${b} >= 3|a != '' and b >= 3",
        "selected(${channels}, 'gifct')|selected(channels, 'gifct')",
        "not(${q} = 'a' or ${q}='b')|not(q == 'a' or q=='b')",
        "${n} <= 5|n <= 5"
      })
  void formSkipLogicBecomesStocktakes(String xpath, String expected) {
    assertEquals(Optional.of(expected), XlsExpressions.relevantFromForm(xpath, SAME));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"count-selected(${q}) > 1", ". > 3", "${q} = 'a' + 1", "string-length(${q}) > 0"})
  void skipLogicBeyondTheGrammarIsNotMapped(String xpath) {
    assertEquals(Optional.empty(), XlsExpressions.relevantFromForm(xpath, SAME));
  }

  @Test
  void renamedQuestionsAreFollowed() {
    assertEquals(
        Optional.of("your_age > 18"),
        XlsExpressions.relevantFromForm(
            "${YourAge} > 18", n -> n.equals("YourAge") ? "your_age" : n));
  }

  @Test
  void stocktakeSkipLogicBecomesXlsformsAndBack() {
    Set<String> ids = Set.of("has_protocol", "channels", "n");
    String stocktake = "has_protocol == 'yes' and selected(channels, 'gifct') or n > 0";
    String form = XlsExpressions.relevantToForm(stocktake, ids);
    assertEquals("${has_protocol} = 'yes' and selected(${channels}, 'gifct') or ${n} > 0", form);
    assertEquals(Optional.of(stocktake), XlsExpressions.relevantFromForm(form, SAME));
    assertEquals(
        "${n} != '' and ${n} = 'answered'",
        XlsExpressions.relevantToForm("answered(n) and n == 'answered'", ids));
  }

  @Test
  void appliesToIsFoldedIntoTheGroupClauseAndSplitBack() {
    String both = XlsExpressions.appliesToForm(List.of("government", "partner"), "${q} = 'yes'");
    assertEquals("(${group} = 'government' or ${group} = 'partner') and (${q} = 'yes')", both);
    assertEquals(
        Optional.of(new XlsExpressions.AppliesTo(List.of("government", "partner"), "${q} = 'yes'")),
        XlsExpressions.appliesTo(both));
    String alone = XlsExpressions.appliesToForm(List.of("government"), null);
    assertEquals("${group} = 'government'", alone);
    assertEquals(
        Optional.of(new XlsExpressions.AppliesTo(List.of("government"), null)),
        XlsExpressions.appliesTo(alone));
    assertEquals(Optional.empty(), XlsExpressions.appliesTo("${group} = 'a' and ${q} = 'b'"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "integer|. >= 0 and . <= 100|0|100||",
        "integer|. > 0 and . < 10|1|9||",
        "decimal|.>=0.5|0.5|||",
        "date|. >= date('2019-05-15') and . <= date('2022-06-30')|2019-05-15|2022-06-30||",
        "text|regex(., '^[A-Z]{2}$')|||^[A-Z]{2}$|",
        "text|string-length(.) <= 2000||||2000",
        "text|string-length(.) < 10||||9"
      })
  void constraintsThatMap(
      String type, String xpath, String min, String max, String pattern, Integer maxLength) {
    XlsExpressions.ParsedConstraint parsed =
        XlsExpressions.constraintFromForm(xpath, QuestionType.fromFileName(type));
    assertEquals(new Constraint(min, max, pattern, maxLength), parsed.constraint());
    assertEquals(List.of(), parsed.unmapped());
  }

  @Test
  void constraintTermsThatDoNotMapAreListed() {
    XlsExpressions.ParsedConstraint parsed =
        XlsExpressions.constraintFromForm(". > 10.51 and . <= 18.39", QuestionType.DECIMAL);
    assertEquals(new Constraint(null, "18.39", null, null), parsed.constraint());
    assertEquals(List.of(". > 10.51"), parsed.unmapped());
    XlsExpressions.ParsedConstraint or =
        XlsExpressions.constraintFromForm(". < 3 or . > 10", QuestionType.INTEGER);
    assertEquals(null, or.constraint());
    assertEquals(List.of(". < 3 or . > 10"), or.unmapped());
    assertEquals(
        List.of(". >= today()"),
        XlsExpressions.constraintFromForm(". >= today()", QuestionType.DATE).unmapped());
  }

  @Test
  void constraintsAreWrittenAsXlsform() {
    assertEquals(
        ". >= date('2019-05-15') and . <= date('2020-12-31')",
        XlsExpressions.constraintToForm(
            new Constraint("2019-05-15", "2020-12-31", null, null), QuestionType.DATE));
    assertEquals(
        "regex(., \"it's\") and string-length(.) <= 5",
        XlsExpressions.constraintToForm(new Constraint(null, null, "it's", 5), QuestionType.TEXT));
  }
}
