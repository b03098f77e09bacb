package dev.stocktake.translations;

import java.util.List;
import java.util.Objects;

/**
 * What {@link TranslationsCheck} found for one language.
 *
 * @param lang the language tag
 * @param status {@code source}, {@code translated} or {@code draft} ({@code meta.status})
 * @param sourceKeys how many messages the source language has
 * @param translated how many of them this language has
 * @param missing source keys this language lacks (reports show them in the source language)
 * @param extra keys this language has and the source does not (no report asks for them)
 * @param issues errors and warnings, in the order of the source bundle's keys
 */
public record LanguageCheck(
    String lang,
    String status,
    int sourceKeys,
    int translated,
    List<String> missing,
    List<String> extra,
    List<Issue> issues) {

  public LanguageCheck {
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(status, "status");
    missing = List.copyOf(missing);
    extra = List.copyOf(extra);
    issues = List.copyOf(issues);
  }

  /** Percent of the source's keys translated, 0–100 (100 for an empty source). */
  public double percentTranslated() {
    return sourceKeys == 0 ? 100 : 100.0 * translated / sourceKeys;
  }

  /** Whether the bundle is a draft that a native speaker must review. */
  public boolean draft() {
    return status.equals("draft");
  }

  /** The issues that break a report: syntax errors and placeholder mismatches. */
  public List<Issue> errors() {
    return issues.stream().filter(Issue::isError).toList();
  }

  /** Whether there is any error. */
  public boolean hasErrors() {
    return issues.stream().anyMatch(Issue::isError);
  }
}
