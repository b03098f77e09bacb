package dev.stocktake.schema.findings;

import java.util.List;

/**
 * A finding worth leading with: a message key (e.g. {@code finding.question.shift}) and typed
 * arguments that each language's message formats, never English prose.
 *
 * @param rank 1 for the most important
 * @param source {@code computed}, or {@code pinned} / {@code added} by the analyst's findings.yaml
 */
public record KeyFinding(int rank, String key, List<Argument> args, String source) {

  public KeyFinding {
    args = List.copyOf(args);
  }

  /**
   * One argument of a finding's message.
   *
   * @param type how to format it: {@code number}, {@code count}, {@code share} (0–1, shown as a
   *     percentage), {@code p_value}, {@code question}, {@code group}, {@code region}, {@code
   *     round}, {@code item} (framework item), {@code choice} or {@code text}
   * @param value a number for numeric types, else a string (an id for ids)
   */
  public record Argument(String name, String type, Object value) {}
}
