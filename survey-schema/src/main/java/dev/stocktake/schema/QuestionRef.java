package dev.stocktake.schema;

import java.util.Objects;

/** A question of one schema version, as lineage names it: {@code {version: 1, id: x}}. */
public record QuestionRef(int version, String id) {
  public QuestionRef {
    Objects.requireNonNull(id, "question id");
  }

  @Override
  public String toString() {
    return "v" + version + "." + id;
  }
}
