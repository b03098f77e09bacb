package dev.stocktake.translations.internal;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a kind of bundle file is called and which keys it may hold: message bundles ({@code
 * messages_<lang>.properties}, dotted lowercase keys) or a project's survey labels ({@code
 * labels_<lang>.properties}, keys naming a kind and an id).
 *
 * @param prefix the start of the file name, before the language tag
 * @param keys the keys the files may hold, besides {@code meta.*}
 * @param hint the end of the message about a key that does not match, saying how to write one
 */
public record KeyRule(String prefix, Pattern keys, String hint) {
  /** Message bundles: {@code report.heading.summary}. */
  public static final KeyRule MESSAGES =
      new KeyRule(
          "messages_",
          Pattern.compile("[a-z0-9_]+(\\.[a-z0-9_]+)*"),
          "not a valid key; keys are lowercase letters, digits and underscores joined by dots,"
              + " like report.heading.summary");

  /** Survey labels: {@code title}, {@code question.<id>}, {@code choice.<question>.<code>}… */
  public static final KeyRule LABELS =
      new KeyRule(
          "labels_",
          Pattern.compile(
              "title|(round|group|region|section|question|item)\\.[A-Za-z0-9][A-Za-z0-9._-]*"
                  + "|choice\\.[A-Za-z0-9_]+\\.[A-Za-z0-9][A-Za-z0-9._-]*"
                  + "|theme\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9][A-Za-z0-9._-]*"),
          "not a valid label key; write title, round.<id>, group.<id>, region.<code>,"
              + " section.<id>, question.<id>, choice.<question>.<code>, item.<id> or theme.<codebook>.<id>, like"
              + " question.status_crisis_response");

  public KeyRule {
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(keys, "keys");
    Objects.requireNonNull(hint, "hint");
  }

  /** Whether a key is allowed in such a file. */
  public boolean allows(String key) {
    return keys.matcher(key).matches();
  }
}
