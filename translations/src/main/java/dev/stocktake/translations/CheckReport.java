package dev.stocktake.translations;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of {@link TranslationsCheck#check}: one {@link LanguageCheck} per language, the source
 * language first.
 */
public record CheckReport(String sourceLanguage, List<LanguageCheck> languages) {
  public CheckReport {
    Objects.requireNonNull(sourceLanguage, "sourceLanguage");
    languages = List.copyOf(languages);
  }

  /** Whether any language has an error; a command should then fail. */
  public boolean hasErrors() {
    return languages.stream().anyMatch(LanguageCheck::hasErrors);
  }

  /** Every error of every language. */
  public List<Issue> errors() {
    return languages.stream().flatMap(l -> l.errors().stream()).toList();
  }

  /** Every issue, errors and warnings, language by language. */
  public List<Issue> issues() {
    return languages.stream().flatMap(l -> l.issues().stream()).toList();
  }

  /** The check of one language, if the catalogue has it. */
  public Optional<LanguageCheck> language(String lang) {
    return languages.stream().filter(l -> l.lang().equals(lang)).findFirst();
  }

  /**
   * A plain-text summary for the command line: one line per language (tag, status, percent and
   * count translated, errors and warnings), then every issue as {@code file:line key: message}.
   */
  public String toText() {
    StringBuilder out = new StringBuilder();
    for (LanguageCheck l : languages) {
      long errors = l.errors().size();
      out.append(
          String.format(
              Locale.ROOT,
              "%-8s %-10s %5.1f%%  %d/%d keys  %d error%s, %d warning%s%n",
              l.lang(),
              l.status(),
              l.percentTranslated(),
              l.translated(),
              l.sourceKeys(),
              errors,
              errors == 1 ? "" : "s",
              l.issues().size() - errors,
              l.issues().size() - errors == 1 ? "" : "s"));
    }
    for (Issue issue : issues()) {
      out.append(issue.isError() ? "error: " : "warning: ").append(issue).append('\n');
    }
    return out.toString();
  }
}
