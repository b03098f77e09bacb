package dev.stocktake.schema.clearance;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A per-answer decision from a round's {@code clearance.csv}: a respondent cleared one answer for
 * quoting, or asked for it to be redacted.
 *
 * @param reason why, in the secretariat's words (may be empty); never published
 */
public record ClearanceDecision(
    String round, String respondent, String question, Decision decision, String reason) {

  public ClearanceDecision {
    Objects.requireNonNull(round, "round");
    Objects.requireNonNull(respondent, "respondent");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(decision, "decision");
    reason = reason == null ? "" : reason;
  }

  /** What may be done with the answer. */
  public enum Decision {
    /** Counted in the statistics; never quoted or shown, whatever the respondent's consent. */
    REDACTED,
    /** Checked by the respondent; quoted as their consent allows. */
    CLEARED;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Decision> parse(String cell) {
      if (cell == null) {
        return Optional.empty();
      }
      String code = cell.strip().toLowerCase(Locale.ROOT);
      return Arrays.stream(values()).filter(d -> d.code().equals(code)).findFirst();
    }

    public static String codes() {
      return Arrays.stream(values()).map(Decision::code).collect(Collectors.joining(", "));
    }
  }
}
