package dev.stocktake.reports.model;

import dev.stocktake.schema.findings.KeyFinding;
import dev.stocktake.translations.PValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The arguments of a key finding as its message needs them in one language: ids become the names
 * people read (a question's label, a group's name, a round's label), numbers stay numbers for the
 * message to format by the language's rules. Arguments of type {@code text} (a test or effect name)
 * are passed as ids; the message selects their wording.
 */
public final class FindingArguments {
  private FindingArguments() {}

  /**
   * The arguments of {@code finding}; {@code everyone} is how the language says "all respondents"
   * for the group {@code all}.
   */
  public static Map<String, Object> of(KeyFinding finding, Labels labels, String everyone) {
    Map<String, Object> args = new LinkedHashMap<>();
    String question = null;
    String codebook = "";
    for (KeyFinding.Argument a : finding.args()) {
      if ("question".equals(a.type())) {
        question = String.valueOf(a.value());
      }
      if ("codebook".equals(a.name())) {
        codebook = String.valueOf(a.value());
      }
    }
    for (KeyFinding.Argument a : finding.args()) {
      Object value = a.value();
      String id = String.valueOf(value);
      Object shown =
          switch (a.type()) {
            case "question" -> labels.question(id);
            case "group" -> "all".equals(id) ? everyone : labels.group(id);
            case "round" -> labels.round(id);
            case "region" -> labels.region(id);
            // A framework item's text is often a sentence; inside a finding its full stop jars.
            case "item" -> labels.item(id).replaceFirst("\\.$", "");
            case "choice" -> question == null ? labels.choice(id) : labels.choice(question, id);
            case "theme" -> labels.theme(codebook, id);
            case "p_value" ->
                new PValue(value instanceof Number n ? n.doubleValue() : Double.parseDouble(id));
            case "number", "count", "share" -> value instanceof Number n ? n : Double.valueOf(id);
            default -> id;
          };
      args.put(a.name(), shown);
    }
    return args;
  }
}
