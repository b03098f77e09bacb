package dev.stocktake.schema.findings;

import java.util.List;

/**
 * What a stocktake found, as {@code findings.json}: participation, every comparison between rounds,
 * commitment progress and the ranked key findings. The compare stage writes it and the reports read
 * it; its format is {@code schemas/findings.schema.json}. Numbers are data and findings are message
 * keys with typed arguments, never prose, so every language can say them.
 *
 * @param formatVersion the version of this format (1)
 * @param rounds the round ids, oldest first
 */
public record Findings(
    int formatVersion,
    String project,
    String edition,
    List<String> rounds,
    List<ParticipationCell> participation,
    List<PanelFlow> panel,
    List<Comparison> comparisons,
    List<Transition> transitions,
    List<CommitmentProgress> commitments,
    List<KeyFinding> keyFindings,
    OpenAnswers openAnswers) {

  public static final int FORMAT_VERSION = 1;

  public Findings {
    rounds = List.copyOf(rounds);
    participation = List.copyOf(participation);
    panel = List.copyOf(panel);
    comparisons = List.copyOf(comparisons);
    transitions = List.copyOf(transitions);
    commitments = List.copyOf(commitments);
    keyFindings = List.copyOf(keyFindings);
    openAnswers = openAnswers == null ? OpenAnswers.none() : openAnswers;
  }

  /** Findings without open answers: a project with no codebook. */
  public Findings(
      int formatVersion,
      String project,
      String edition,
      List<String> rounds,
      List<ParticipationCell> participation,
      List<PanelFlow> panel,
      List<Comparison> comparisons,
      List<Transition> transitions,
      List<CommitmentProgress> commitments,
      List<KeyFinding> keyFindings) {
    this(
        formatVersion,
        project,
        edition,
        rounds,
        participation,
        panel,
        comparisons,
        transitions,
        commitments,
        keyFindings,
        OpenAnswers.none());
  }

  /** These findings with other key findings. */
  public Findings withKeyFindings(List<KeyFinding> others) {
    return new Findings(
        formatVersion,
        project,
        edition,
        rounds,
        participation,
        panel,
        comparisons,
        transitions,
        commitments,
        others,
        openAnswers);
  }
}
