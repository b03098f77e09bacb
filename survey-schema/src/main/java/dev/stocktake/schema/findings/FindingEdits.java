package dev.stocktake.schema.findings;

import dev.stocktake.schema.findings.KeyFinding.Argument;
import java.util.List;
import java.util.Map;

/**
 * An analyst's edits to the key findings, kept in the project's {@code findings.yaml}: findings to
 * put first ({@code pin}), to leave out ({@code drop}), and to add. A finding is matched by its key
 * and, optionally, the values of some of its arguments.
 *
 * <pre>
 * pin:
 *   - {key: finding.question.shift, args: {question: status_human_rights}}
 * drop:
 *   - {key: finding.choice.shift, args: {question: engagement_channels}}
 * add:
 *   - key: finding.context.workshop
 *     args: [{name: round, type: round, value: "2022"}]
 * </pre>
 */
public record FindingEdits(List<Match> pin, List<Match> drop, List<Added> add) {

  public FindingEdits {
    pin = pin == null ? List.of() : List.copyOf(pin);
    drop = drop == null ? List.of() : List.copyOf(drop);
    add = add == null ? List.of() : List.copyOf(add);
  }

  /** No edits. */
  public static FindingEdits none() {
    return new FindingEdits(null, null, null);
  }

  /** Which findings an edit applies to: the key, and argument values they must have. */
  public record Match(String key, Map<String, String> args) {
    public Match {
      args = args == null ? Map.of() : Map.copyOf(args);
    }

    public boolean matches(KeyFinding finding) {
      if (!finding.key().equals(key)) {
        return false;
      }
      for (Map.Entry<String, String> wanted : args.entrySet()) {
        boolean found =
            finding.args().stream()
                .anyMatch(
                    a ->
                        a.name().equals(wanted.getKey())
                            && String.valueOf(a.value()).equals(wanted.getValue()));
        if (!found) {
          return false;
        }
      }
      return true;
    }

    @Override
    public String toString() {
      return args.isEmpty() ? key : key + " " + args;
    }
  }

  /** A finding the analyst adds: a message key and its typed arguments. */
  public record Added(String key, List<Argument> args) {
    public Added {
      args = args == null ? List.of() : List.copyOf(args);
    }
  }
}
