package dev.stocktake.schema.findings;

import java.util.List;

/**
 * Where respondents of a group stand on a framework item in a round: the share at each
 * implementation level over the status questions linked to the item, and the change in the share at
 * the top level since the previous round.
 *
 * @param answers null in the public edition when hidden as a small cell, as are a level's count and
 *     share
 * @param changeFromPrevious top-level share minus the previous round's, or null in the first round
 */
public record CommitmentProgress(
    String item,
    String group,
    String round,
    Long answers,
    List<LevelShare> levels,
    Double changeFromPrevious) {

  public CommitmentProgress {
    levels = List.copyOf(levels);
  }

  /** One implementation level's count and share of the answers. */
  public record LevelShare(String level, Long count, Double share) {}
}
