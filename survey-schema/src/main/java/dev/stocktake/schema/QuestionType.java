package dev.stocktake.schema;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The kinds of question a survey schema may ask. */
public enum QuestionType {
  SINGLE_CHOICE,
  MULTI_CHOICE,
  LIKERT,
  INTEGER,
  DECIMAL,
  TEXT,
  DATE,
  YES_NO;

  /** The name used in schema files, e.g. {@code single_choice}. */
  @JsonValue
  public String fileName() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static QuestionType fromFileName(String name) {
    for (QuestionType type : values()) {
      if (type.fileName().equals(name)) {
        return type;
      }
    }
    throw new IllegalArgumentException(
        "unknown question type \""
            + name
            + "\"; the types are: "
            + Arrays.stream(values())
                .map(QuestionType::fileName)
                .collect(Collectors.joining(", ")));
  }

  /** Whether answers are codes from a choice list (yes/no has the built-in codes). */
  public boolean hasChoices() {
    return this == SINGLE_CHOICE || this == MULTI_CHOICE || this == LIKERT || this == YES_NO;
  }

  /** Whether the question names a choice list in the schema. */
  public boolean needsChoiceList() {
    return this == SINGLE_CHOICE || this == MULTI_CHOICE || this == LIKERT;
  }

  /** Whether answers have an order that a comparison may use (ranks or numbers). */
  public boolean isOrdered() {
    return this == LIKERT || this == INTEGER || this == DECIMAL;
  }
}
