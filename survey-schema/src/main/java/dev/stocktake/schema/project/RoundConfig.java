package dev.stocktake.schema.project;

import dev.stocktake.schema.Required;
import dev.stocktake.schema.Text;

/** One round of a consultation: its id (a folder under rounds/) and the schema version it used. */
public record RoundConfig(String id, int schema, Text label) {
  public RoundConfig {
    Required.field(id, "id");
    label = label == null ? Text.of(null) : label;
  }
}
