package dev.stocktake.schema;

/** A section of a survey that groups questions under a heading. */
public record Section(String id, Text label) {
  public Section {
    Required.field(id, "id");
    label = label == null ? Text.of(null) : label;
  }
}
