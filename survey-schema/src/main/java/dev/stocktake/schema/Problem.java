package dev.stocktake.schema;

import java.util.Objects;

/**
 * One thing wrong with an input file, located by line, column and field path so the author can go
 * straight to it. Printed as {@code file:line:col field: message}.
 */
public record Problem(String file, int line, int column, String field, String message) {
  public Problem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    field = field == null ? "" : field;
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(file);
    if (line > 0) {
      out.append(':').append(line);
      if (column > 0) {
        out.append(':').append(column);
      }
    }
    out.append(' ');
    if (!field.isEmpty()) {
      out.append(field).append(": ");
    }
    return out.append(message).toString();
  }
}
