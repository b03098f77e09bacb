package dev.stocktake.schema.clearance;

import java.util.List;
import java.util.Objects;

/**
 * One respondent's accepted submission in one round, with who they are as the roster says: what a
 * clearance document shows them and what the report may quote. Confidential: it holds the roster id
 * and name.
 *
 * @param respondent the roster id
 * @param answers in the survey's question order
 */
public record RespondentAnswers(
    String round,
    String respondent,
    String name,
    String group,
    String region,
    String country,
    String language,
    Consent consent,
    List<Answer> answers) {

  public RespondentAnswers {
    Objects.requireNonNull(round, "round");
    Objects.requireNonNull(respondent, "respondent");
    Objects.requireNonNull(consent, "consent");
    answers = List.copyOf(answers);
  }

  /**
   * One answered question.
   *
   * @param question the harmonised question id
   * @param values the answer's values: one, or several for a multi-choice question; empty when
   *     {@code withheld}
   * @param withheld unpublished free text, kept out of this edition's outputs
   */
  public record Answer(String question, List<String> values, boolean withheld) {
    public Answer {
      Objects.requireNonNull(question, "question");
      values = List.copyOf(values);
    }
  }
}
