package dev.stocktake.etl.ingest.internal;

import dev.stocktake.etl.ingest.Reason;
import java.util.List;

/**
 * The verdict on one answer of a submission: accepted with its canonical values (several for a
 * multi-choice answer), or set aside with a reason. A required question left unanswered is a
 * problem with an empty raw value.
 *
 * @param values canonical values when accepted: choice codes, integers and decimals without
 *     trailing zeros, ISO dates, text as given
 * @param number the value as a number when one exists (numbers, likert ranks), else null
 */
record AnswerOutcome(
    String question,
    String raw,
    List<String> values,
    Double number,
    Reason reason,
    String message) {

  AnswerOutcome {
    values = values == null ? List.of() : List.copyOf(values);
  }

  static AnswerOutcome accepted(String question, String raw, List<String> values, Double number) {
    return new AnswerOutcome(question, raw, values, number, null, null);
  }

  static AnswerOutcome rejected(String question, String raw, Reason reason, String message) {
    return new AnswerOutcome(question, raw, List.of(), null, reason, message);
  }

  boolean isAccepted() {
    return reason == null;
  }
}
