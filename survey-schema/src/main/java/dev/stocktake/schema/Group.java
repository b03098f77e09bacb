package dev.stocktake.schema;

import java.util.Objects;

/** A stakeholder group that may answer a survey, such as governments or civil society. */
public record Group(String id, Text label) {
  public Group {
    Objects.requireNonNull(id, "group id");
    label = label == null ? Text.of(null) : label;
  }
}
