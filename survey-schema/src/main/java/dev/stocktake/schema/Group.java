package dev.stocktake.schema;

/** A stakeholder group that may answer a survey, such as governments or civil society. */
public record Group(String id, Text label) {
  public Group {
    Required.field(id, "id");
    label = label == null ? Text.of(null) : label;
  }
}
