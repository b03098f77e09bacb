package dev.stocktake.schema.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each field of a parsed document stands in its file (line and column, 1-based), so that
 * problems found after parsing, on records, can still name their place.
 */
public final class SourceMap {

  /** A place in a file; line 0 means unknown. */
  public record Position(int line, int column) {
    public static final Position UNKNOWN = new Position(0, 0);
  }

  private final Map<String, Position> byPointer;

  private SourceMap(Map<String, Position> byPointer) {
    this.byPointer = Map.copyOf(byPointer);
  }

  public static SourceMap empty() {
    return new SourceMap(Map.of());
  }

  /** Indexes every value of the document (its start; a key's position if it has no value). */
  static SourceMap index(JsonFactory factory, byte[] content) throws IOException {
    Map<String, Position> positions = new HashMap<>();
    try (JsonParser parser = factory.createParser(content)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          continue; // the container's position is where it starts
        }
        String pointer = parser.getParsingContext().pathAsPointer().toString();
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
          // The context is already the new container's; its path is the container's own.
          pointer =
              parser.getParsingContext().getParent() == null
                  ? pointer
                  : parser.getParsingContext().getParent().pathAsPointer().toString();
        }
        JsonLocation location = parser.currentTokenLocation();
        Position position = new Position(location.getLineNr(), location.getColumnNr());
        if (token == JsonToken.FIELD_NAME) {
          positions.putIfAbsent(pointer, position);
        } else {
          positions.put(pointer, position);
        }
      }
    }
    return new SourceMap(positions);
  }

  /** Whether {@code path} itself is in the file. */
  public boolean contains(FieldPath path) {
    return byPointer.containsKey(path.pointer());
  }

  /** The position of {@code path}, or of its nearest ancestor that is in the file. */
  public Position positionOf(FieldPath path) {
    FieldPath current = path;
    while (true) {
      Position position = byPointer.get(current.pointer());
      if (position != null) {
        return position;
      }
      if (current.segments().isEmpty()) {
        return Position.UNKNOWN;
      }
      current = current.parent();
    }
  }
}
