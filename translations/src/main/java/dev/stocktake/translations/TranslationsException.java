package dev.stocktake.translations;

import java.util.List;

/**
 * The one unchecked exception of the translations module: a bundle that cannot be read, a language
 * the catalogue does not have, or a message that cannot be formatted. When it comes from reading
 * bundles it carries every located problem found; the message is their printed form.
 */
public class TranslationsException extends RuntimeException {
  private final List<Issue> issues;

  public TranslationsException(String message, Throwable cause) {
    super(message, cause);
    this.issues = List.of();
  }

  public TranslationsException(List<Issue> issues) {
    super(String.join("\n", issues.stream().map(Issue::toString).toList()));
    this.issues = List.copyOf(issues);
  }

  /** The located problems, empty when the exception is about one message or language. */
  public List<Issue> issues() {
    return issues;
  }
}
