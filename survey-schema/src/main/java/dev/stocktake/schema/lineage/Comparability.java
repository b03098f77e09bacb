package dev.stocktake.schema.lineage;

/** How far answers to an old question can be compared with answers to its harmonised question. */
public enum Comparability {
  /** Every answer carries over to exactly one harmonised value. */
  EXACT,
  /** Some old codes cover several new codes: compare after merging those new codes. */
  COARSENED,
  /** Some old codes have no counterpart: those answers are not comparable, the rest are. */
  PARTIAL,
  /** The question changed too much (e.g. its type) for its answers to be compared. */
  NONE;

  public Comparability worst(Comparability other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
