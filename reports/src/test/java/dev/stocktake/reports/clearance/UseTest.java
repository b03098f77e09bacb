package dev.stocktake.reports.clearance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stocktake.schema.Question;
import dev.stocktake.schema.QuestionType;
import dev.stocktake.schema.clearance.ClearanceDecision.Decision;
import dev.stocktake.schema.clearance.Consent;
import org.junit.jupiter.api.Test;

/** What the report may do with an answer, for every kind of question, consent and decision. */
class UseTest {
  private static Question question(QuestionType type, Boolean publish) {
    return new Question(
        "q", null, type, null, null, null, null, null, null, null, null, publish, null);
  }

  private static final Question OPEN = question(QuestionType.TEXT, true);
  private static final Question PRIVATE_TEXT = question(QuestionType.TEXT, null);
  private static final Question CLOSED = question(QuestionType.LIKERT, null);
  private static final Question PRIVATE_NUMBER = question(QuestionType.INTEGER, false);

  @Test
  void publishedFreeTextFollowsTheConsent() {
    assertEquals(Use.QUOTE_NAMED, Use.of(OPEN, Consent.FULL, null));
    assertEquals(Use.QUOTE_ANONYMOUS, Use.of(OPEN, Consent.ANONYMOUS, Decision.CLEARED));
    assertEquals(Use.QUOTE_WITHHELD, Use.of(OPEN, Consent.WITHHELD, Decision.CLEARED));
    assertEquals(Use.QUOTE_PENDING, Use.of(OPEN, Consent.PENDING, null));
  }

  @Test
  void aRedactionOfFreeTextWinsOverAnyConsentOrPublishSetting() {
    assertEquals(Use.REDACTED, Use.of(OPEN, Consent.FULL, Decision.REDACTED));
    assertEquals(Use.REDACTED, Use.of(PRIVATE_TEXT, Consent.FULL, Decision.REDACTED));
    assertEquals(Use.REDACTED, Use.of(null, Consent.PENDING, Decision.REDACTED));
  }

  @Test
  void unpublishedQuestionsAreNeverQuotedAndClosedOnesOnlyCounted() {
    assertEquals(Use.UNPUBLISHED, Use.of(PRIVATE_TEXT, Consent.FULL, Decision.CLEARED));
    assertEquals(Use.UNPUBLISHED, Use.of(PRIVATE_NUMBER, Consent.FULL, null));
    assertEquals(Use.UNPUBLISHED, Use.of(null, Consent.FULL, null));
    assertEquals(Use.AGGREGATE, Use.of(CLOSED, Consent.FULL, Decision.REDACTED));
    assertEquals("clearance.use.quote_anonymous", Use.QUOTE_ANONYMOUS.messageKey());
  }
}
