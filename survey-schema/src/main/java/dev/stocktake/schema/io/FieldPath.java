package dev.stocktake.schema.io;

import java.util.ArrayList;
import java.util.List;

/**
 * The path of a field inside a document, such as {@code questions[7].choices}: what error messages
 * show, and the key into a {@link SourceMap}.
 */
public record FieldPath(List<Object> segments) {

  public static final FieldPath ROOT = new FieldPath(List.of());

  public FieldPath {
    segments = List.copyOf(segments);
  }

  public static FieldPath of(Object... segments) {
    return new FieldPath(List.of(segments));
  }

  public FieldPath field(String name) {
    return append(name);
  }

  public FieldPath index(int index) {
    return append(index);
  }

  private FieldPath append(Object segment) {
    List<Object> next = new ArrayList<>(segments);
    next.add(segment);
    return new FieldPath(next);
  }

  public FieldPath parent() {
    return segments.isEmpty() ? this : new FieldPath(segments.subList(0, segments.size() - 1));
  }

  /** The JSON pointer of this path, e.g. {@code /questions/7/choices}. */
  public String pointer() {
    StringBuilder out = new StringBuilder();
    for (Object segment : segments) {
      out.append('/').append(segment.toString().replace("~", "~0").replace("/", "~1"));
    }
    return out.toString();
  }

  /** The path as people read it, e.g. {@code questions[7].choices}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (Object segment : segments) {
      if (segment instanceof Integer index) {
        out.append('[').append(index).append(']');
      } else {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(segment);
      }
    }
    return out.toString();
  }
}
