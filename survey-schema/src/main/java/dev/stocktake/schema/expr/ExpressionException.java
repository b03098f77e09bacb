package dev.stocktake.schema.expr;

/** A skip-logic expression that does not parse, with the 0-based offset of the problem. */
public class ExpressionException extends RuntimeException {
  private final int offset;

  public ExpressionException(String message, int offset) {
    super(message);
    this.offset = offset;
  }

  public int offset() {
    return offset;
  }
}
