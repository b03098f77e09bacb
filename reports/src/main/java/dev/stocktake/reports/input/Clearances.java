package dev.stocktake.reports.input;

import dev.stocktake.schema.clearance.ClearanceDecision;
import dev.stocktake.schema.clearance.RespondentAnswers;
import java.util.List;

/**
 * The newest round's respondents with their consent and answers, and the per-answer clearance
 * decisions: what decides which answers a report may quote, and how.
 */
public record Clearances(List<RespondentAnswers> respondents, List<ClearanceDecision> decisions) {
  public Clearances {
    respondents = List.copyOf(respondents);
    decisions = List.copyOf(decisions);
  }

  /** None: a report without quotes, whose data notes say consent was not read. */
  public static Clearances none() {
    return new Clearances(List.of(), List.of());
  }
}
