package dev.stocktake.schema;

import java.util.Objects;

/** One answer option of a choice list: a stable code and its label per language. */
public record Choice(String code, Text label) {
  public Choice {
    Objects.requireNonNull(code, "choice code");
    label = label == null ? Text.of(null) : label;
  }
}
