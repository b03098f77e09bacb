package dev.stocktake.translations;

import java.util.Objects;

/**
 * One problem with a message bundle, located by file, line and key so the translator can go
 * straight to it. Printed as {@code file:line key: message}.
 *
 * @param severity an error breaks a report; a warning makes it fall back or read worse
 * @param lang the language of the bundle
 * @param file the bundle file, e.g. {@code translations/messages_fr.properties}
 * @param line 1-based, or 0 when the problem is with the whole file
 * @param key the message key, or empty when the problem is not with one message
 */
public record Issue(
    Severity severity, String lang, String file, int line, String key, String message) {

  /** How much an issue matters. */
  public enum Severity {
    /** The bundle cannot be used as written: a message fails to parse or to match the source. */
    ERROR,
    /** The report still renders, falling back to the source language or reading worse. */
    WARNING
  }

  public Issue {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    key = key == null ? "" : key;
  }

  /** Whether this is an {@link Severity#ERROR}. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(file);
    if (line > 0) {
      out.append(':').append(line);
    }
    out.append(' ');
    if (!key.isEmpty()) {
      out.append(key).append(": ");
    }
    return out.append(message).toString();
  }
}
