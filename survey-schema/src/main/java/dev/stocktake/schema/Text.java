package dev.stocktake.schema;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A human-readable text in several languages: a map from BCP 47 language tag to string. */
public record Text(Map<String, String> byLanguage) {

  public Text {
    Objects.requireNonNull(byLanguage, "byLanguage");
    // Keep the file's order of languages: it is the order people wrote and expect to read.
    byLanguage = Collections.unmodifiableMap(new LinkedHashMap<>(byLanguage));
  }

  @JsonCreator
  public static Text of(Map<String, String> byLanguage) {
    return new Text(byLanguage == null ? Map.of() : byLanguage);
  }

  @JsonValue
  public Map<String, String> byLanguage() {
    return byLanguage;
  }

  /** The text in {@code language}, if given (and not blank). */
  public Optional<String> in(String language) {
    String value = byLanguage.get(language);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }

  /** The text in {@code language}, else in {@code fallback}, else any language, else "". */
  public String inOr(String language, String fallback) {
    return in(language)
        .or(() -> in(fallback))
        .orElseGet(() -> byLanguage.values().stream().findFirst().orElse(""));
  }
}
