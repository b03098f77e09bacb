package dev.stocktake.schema;

/** A question of the previous version deliberately not carried into this one. */
public record Retired(String id, String reason) {
  public Retired {
    Required.field(id, "id");
  }
}
