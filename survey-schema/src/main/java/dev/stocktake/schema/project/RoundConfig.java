package dev.stocktake.schema.project;

import dev.stocktake.schema.Required;
import dev.stocktake.schema.Text;
import java.util.Map;

/**
 * One round of a consultation: its id (a folder under rounds/), the schema version it used, and the
 * encodings of response files that are not in the project's encoding (file name to charset).
 */
public record RoundConfig(String id, int schema, Text label, Map<String, String> encodings) {
  public RoundConfig {
    Required.field(id, "id");
    label = label == null ? Text.of(null) : label;
    encodings = encodings == null ? Map.of() : Map.copyOf(encodings);
  }

  public RoundConfig(String id, int schema, Text label) {
    this(id, schema, label, null);
  }
}
