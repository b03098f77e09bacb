package dev.stocktake.cli.schema;

import dev.stocktake.schema.diff.Change;
import dev.stocktake.schema.diff.Change.Impact;
import dev.stocktake.schema.diff.SchemaDiff;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Renders a schema diff for people: a summary, then changes grouped by impact. */
final class DiffText {
  private DiffText() {}

  static String render(SchemaDiff diff) {
    StringBuilder out = new StringBuilder();
    out.append("Survey ")
        .append(diff.survey())
        .append(": v")
        .append(diff.oldVersion())
        .append(round(diff.oldRound()))
        .append(" → v")
        .append(diff.newVersion())
        .append(round(diff.newRound()))
        .append('\n');
    Map<Change.Kind, Long> counts = new EnumMap<>(Change.Kind.class);
    diff.changes().forEach(c -> counts.merge(c.kind(), 1L, Long::sum));
    out.append(
        counts.entrySet().stream()
            .map(
                e ->
                    e.getKey().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + " "
                        + e.getValue())
            .collect(Collectors.joining(", ", "Changes: ", "\n")));
    section(out, "Breaking comparability", diff.withImpact(Impact.BREAKING));
    section(out, "Comparable with caveats", diff.withImpact(Impact.CAVEAT));
    section(out, "Other changes", diff.withImpact(Impact.NONE));
    if (!diff.breaksComparability()) {
      out.append("\nNo change breaks comparability with round ")
          .append(diff.oldRound())
          .append(".\n");
    }
    return out.toString();
  }

  private static String round(String round) {
    return round == null ? "" : " (round " + round + ")";
  }

  private static void section(StringBuilder out, String title, List<Change> changes) {
    if (changes.isEmpty()) {
      return;
    }
    out.append('\n').append(title).append(" (").append(changes.size()).append(")\n");
    Map<String, List<Change>> byQuestion = new TreeMap<>();
    for (Change c : changes) {
      String key = c.newId() != null ? c.newId() : c.oldId() != null ? c.oldId() : "";
      byQuestion.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(c);
    }
    byQuestion.forEach(
        (question, list) -> {
          for (Change c : list) {
            out.append("  ").append(symbol(c.kind())).append(' ');
            out.append(question.isEmpty() ? "(survey)" : question);
            out.append("  ")
                .append(c.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .append(": ")
                .append(c.detail())
                .append('\n');
          }
        });
  }

  private static char symbol(Change.Kind kind) {
    return switch (kind) {
      case ADDED, LANGUAGE_ADDED, GROUP_ADDED, CHOICES_ADDED -> '+';
      case REMOVED, RETIRED, LANGUAGE_REMOVED, GROUP_REMOVED, CHOICES_UNMAPPED -> '-';
      default -> '~';
    };
  }
}
