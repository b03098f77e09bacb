package dev.stocktake.schema;

import java.util.Objects;

/** A question of the previous version deliberately not carried into this one. */
public record Retired(String id, String reason) {
  public Retired {
    Objects.requireNonNull(id, "retired id");
  }
}
