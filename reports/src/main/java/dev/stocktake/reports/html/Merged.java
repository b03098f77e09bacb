package dev.stocktake.reports.html;

import dev.stocktake.schema.findings.Distribution;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers counted together so that rounds compare: where an earlier round's answer stands for
 * several of the newer codes ("partially_implemented|substantially_implemented"), the newer round's
 * answers to those codes are shown summed under it too, as the comparison counted them.
 */
final class Merged {
  private Merged() {}

  static List<Distribution> fold(List<Distribution> rows) {
    Map<String, String> into = new HashMap<>();
    for (Distribution d : rows) {
      if (d.isShare() && d.value().contains("|")) {
        for (String part : d.value().split("\\|")) {
          into.put(part, d.value());
        }
      }
    }
    if (into.isEmpty()) {
      return rows;
    }
    Map<String, Distribution> folded = new LinkedHashMap<>();
    List<Distribution> out = new ArrayList<>();
    for (Distribution d : rows) {
      if (!d.isShare()) {
        out.add(d);
        continue;
      }
      String value = into.getOrDefault(d.value(), d.value());
      folded.merge(
          d.round() + "\u0000" + value,
          withValue(d, value),
          (a, b) -> withCount(a, sum(a.respondents(), b.respondents())));
    }
    out.addAll(folded.values());
    return out;
  }

  private static Distribution withValue(Distribution d, String value) {
    return value.equals(d.value()) ? d : withCount(rename(d, value), d.respondents());
  }

  private static Distribution rename(Distribution d, String value) {
    return new Distribution(
        d.question(),
        d.round(),
        d.group(),
        d.kind(),
        value,
        d.respondents(),
        d.answered(),
        d.missing(),
        d.share(),
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /** A sum of counts, hidden (null) when one of them is: it is not known. */
  private static Long sum(Long a, Long b) {
    return a == null || b == null ? null : a + b;
  }

  /**
   * The same line with another count; its share follows, its interval no longer applies. A hidden
   * count or total (null) leaves no share.
   */
  private static Distribution withCount(Distribution d, Long respondents) {
    return new Distribution(
        d.question(),
        d.round(),
        d.group(),
        d.kind(),
        d.value(),
        respondents,
        d.answered(),
        d.missing(),
        respondents == null || d.answered() == null
            ? null
            : d.answered() == 0 ? 0.0 : respondents / (double) d.answered(),
        null,
        null,
        null,
        null,
        null,
        null);
  }
}
