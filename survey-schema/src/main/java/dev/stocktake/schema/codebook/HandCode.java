package dev.stocktake.schema.codebook;

import java.util.Objects;

/**
 * An analyst's theme for one open answer, from a round's {@code codes.csv}: it replaces what the
 * codebook's rules find in that answer.
 *
 * @param respondent the roster id
 * @param theme a theme id of the question's codebook, or {@link HandCodes#NONE} for an answer the
 *     analyst found carries no theme
 */
public record HandCode(
    String round, String respondent, String question, String theme, String note) {
  public HandCode {
    Objects.requireNonNull(round, "round");
    Objects.requireNonNull(respondent, "respondent");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(theme, "theme");
    note = note == null ? "" : note;
  }
}
