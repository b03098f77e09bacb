package dev.stocktake.schema;

import java.util.Objects;

/** A section of a survey that groups questions under a heading. */
public record Section(String id, Text label) {
  public Section {
    Objects.requireNonNull(id, "section id");
    label = label == null ? Text.of(null) : label;
  }
}
