package dev.stocktake.translations.internal;

import dev.stocktake.translations.Issue;
import dev.stocktake.translations.TranslationsException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/** Builds every {@link TranslationsException}: where, what is wrong, and how to fix it. */
public final class Errors {
  private Errors() {}

  public static TranslationsException unreadableBundles(List<Issue> issues) {
    return new TranslationsException(issues);
  }

  public static TranslationsException missingResource(String name) {
    return new TranslationsException(
        name + ": not on the class path; the stocktake-translations jar is incomplete", null);
  }

  public static TranslationsException notAFolder(Path path) {
    return new TranslationsException(
        path
            + ": not a folder; project translations are a folder of"
            + " messages_<language>.properties files",
        null);
  }

  public static TranslationsException unreadable(Path path, IOException e) {
    return new TranslationsException(path + ": cannot be read (" + e.getMessage() + ")", e);
  }

  public static TranslationsException notUtf8(Path file) {
    return new TranslationsException(
        file + ": not valid UTF-8; save the bundle with the UTF-8 encoding", null);
  }

  public static TranslationsException noSource(String where, String source) {
    return new TranslationsException(
        where
            + ": no messages_"
            + source
            + ".properties; every catalogue needs its source language, which missing"
            + " translations fall back to",
        null);
  }

  public static TranslationsException badTag(String tag) {
    return new TranslationsException(
        "\"" + tag + "\" is not a BCP 47 language tag; write e.g. fr, pt-BR or ar-u-nu-latn", null);
  }

  public static TranslationsException unknownLanguage(String tag, Collection<String> languages) {
    return new TranslationsException(
        "no messages for language "
            + tag
            + "; the catalogue has "
            + String.join(", ", languages)
            + ". Add translations/messages_"
            + tag
            + ".properties to the project (stocktake translations export writes a file to"
            + " translate)",
        null);
  }

  public static TranslationsException missingKey(String key, List<String> lookedIn, String source) {
    return new TranslationsException(
        "no message "
            + key
            + " in "
            + String.join(", ", lookedIn)
            + "; add it to messages_"
            + source
            + ".properties (the project's translations/messages_"
            + source
            + ".properties for a project's own message)",
        null);
  }

  public static TranslationsException badMessage(Entry entry, String reason) {
    return new TranslationsException(
        entry.location()
            + " "
            + entry.key()
            + ": not a valid ICU message ("
            + reason
            + "); run stocktake translations check to list every such problem",
        null);
  }

  public static TranslationsException missingArgument(
      Entry entry, String argument, Collection<String> given) {
    return new TranslationsException(
        entry.location()
            + " "
            + entry.key()
            + ": the message uses {"
            + argument
            + "}, which the caller did not give (given: "
            + (given.isEmpty() ? "none" : String.join(", ", given))
            + "); pass it, or fix the placeholder's name in the bundle",
        null);
  }

  public static TranslationsException notXmlText(String key, char c) {
    return new TranslationsException(
        key
            + ": holds the character U+"
            + String.format("%04X", (int) c)
            + ", which XML cannot carry; remove it from the bundle (write \\n for a line break)",
        null);
  }

  public static TranslationsException cannotWrite(Path path, IOException e) {
    return new TranslationsException(
        path + ": cannot be written (" + e.getMessage() + "); nothing was imported", e);
  }

  public static TranslationsException extensionsInExport(String tag, String language) {
    return new TranslationsException(
        tag
            + ": translations are per language; export "
            + language
            + " (extensions such as -u-nu-arab only change how a report shows numbers)",
        null);
  }
}
