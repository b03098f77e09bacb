package dev.stocktake.schema.codebook;

import dev.stocktake.schema.Required;
import dev.stocktake.schema.Text;
import java.util.Map;
import java.util.Optional;

/**
 * A theme of a codebook: its labels, an optional parent theme, and per language the rules that find
 * it in an answer.
 *
 * @param parent the id of a broader theme of the same codebook, or null
 * @param rules by language tag ({@code en}, {@code fr}…); an answer is matched with its own
 *     language's rules
 */
public record Theme(String id, Text label, String parent, Map<String, Rules> rules) {
  public Theme {
    Required.field(id, "id");
    label = label == null ? Text.of(null) : label;
    rules = rules == null ? Map.of() : Map.copyOf(rules);
  }

  public Optional<Rules> rulesFor(String language) {
    return Optional.ofNullable(rules.get(language));
  }
}
