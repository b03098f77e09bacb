package dev.stocktake.reports.clearance;

import dev.stocktake.schema.Question;
import dev.stocktake.schema.QuestionType;
import dev.stocktake.schema.clearance.ClearanceDecision.Decision;
import dev.stocktake.schema.clearance.Consent;
import java.util.Locale;

/**
 * How one answer would be used in the published report, from the question's {@code publish}
 * setting, the respondent's consent and any clearance decision on the answer. Each is a message
 * {@code clearance.use.<code>}.
 */
public enum Use {
  /** A published closed question: only in totals and shares, above the suppression threshold. */
  AGGREGATE,
  /** An unpublished question: kept in the confidential community edition only. */
  UNPUBLISHED,
  /** Free text the respondent asked to leave out ({@code redacted} in clearance.csv). */
  REDACTED,
  /** Free text that may be quoted with the organisation's name. */
  QUOTE_NAMED,
  /** Free text that may be quoted without name or organisation. */
  QUOTE_ANONYMOUS,
  /** Free text never quoted, because the respondent's consent is withheld. */
  QUOTE_WITHHELD,
  /** Free text not quoted until the respondent gives their consent. */
  QUOTE_PENDING;

  /** The message key saying this use to the respondent. */
  public String messageKey() {
    return "clearance.use." + name().toLowerCase(Locale.ROOT);
  }

  /**
   * The use of an answer to {@code question} (null when the newest schema lacks it: treated as
   * unpublished, the safe side). Closed questions are only ever counted; a redaction outranks
   * everything else for free text; then the question's {@code publish}; then the consent.
   *
   * @param decision the clearance decision on this answer, or null
   */
  public static Use of(Question question, Consent consent, Decision decision) {
    boolean closed = question != null && question.type() != QuestionType.TEXT;
    if (closed && question.isPublished()) {
      return AGGREGATE;
    }
    // A redaction keeps an answer out of every edition, so it says more than "unpublished".
    if (!closed && decision == Decision.REDACTED) {
      return REDACTED;
    }
    if (question == null || !question.isPublished()) {
      return UNPUBLISHED;
    }
    return switch (consent) {
      case FULL -> QUOTE_NAMED;
      case ANONYMOUS -> QUOTE_ANONYMOUS;
      case WITHHELD -> QUOTE_WITHHELD;
      case PENDING -> QUOTE_PENDING;
    };
  }
}
