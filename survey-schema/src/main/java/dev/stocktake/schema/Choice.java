package dev.stocktake.schema;

/** One answer option of a choice list: a stable code and its label per language. */
public record Choice(String code, Text label) {
  public Choice {
    Required.field(code, "code");
    label = label == null ? Text.of(null) : label;
  }
}
