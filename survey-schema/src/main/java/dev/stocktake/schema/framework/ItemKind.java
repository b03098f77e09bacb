package dev.stocktake.schema.framework;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a framework item is: a goal, commitment, objective, activity or evaluation measure. */
public enum ItemKind {
  GOAL,
  COMMITMENT,
  OBJECTIVE,
  ACTIVITY,
  MEASURE;

  @JsonValue
  public String fileName() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static ItemKind fromFileName(String name) {
    for (ItemKind kind : values()) {
      if (kind.fileName().equals(name)) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "unknown item kind \""
            + name
            + "\"; the kinds are: "
            + Arrays.stream(values()).map(ItemKind::fileName).collect(Collectors.joining(", ")));
  }
}
