package dev.stocktake.schema.io;

import dev.stocktake.schema.Problem;
import java.util.Objects;

/** A document read from a file, with the positions of its fields for locating problems. */
public record Loaded<T>(String file, T value, SourceMap sourceMap) {
  public Loaded {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(sourceMap, "sourceMap");
  }

  /** A problem at {@code path} of this document. */
  public Problem problem(FieldPath path, String message) {
    SourceMap.Position position = sourceMap.positionOf(path);
    return new Problem(file, position.line(), position.column(), path.toString(), message);
  }
}
