package dev.stocktake.schema;

/**
 * Checks that a field read from a file is present; the message names the field as the file spells
 * it, and the reader places it at the block that lacks it.
 */
public final class Required {
  private Required() {}

  public static <T> T field(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException("missing field \"" + name + "\"");
    }
    return value;
  }
}
