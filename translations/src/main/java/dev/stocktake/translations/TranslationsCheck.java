package dev.stocktake.translations;

import dev.stocktake.translations.internal.Bundle;
import dev.stocktake.translations.internal.BundleChecks;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks every bundle of a catalogue against the source language: how much is translated, which
 * keys are missing or extra, messages that are not valid ICU MessageFormat, placeholders that
 * differ from the source's, plural categories the language needs, and draft status. Errors (syntax,
 * placeholders) break reports; everything else is a warning.
 */
public final class TranslationsCheck {
  private TranslationsCheck() {}

  /** Checks every language of the catalogue, the source language first. */
  public static CheckReport check(Catalog catalog) {
    Bundle source = catalog.bundle(catalog.sourceLanguage());
    List<LanguageCheck> languages = new ArrayList<>();
    languages.add(BundleChecks.check(source, source));
    for (String lang : catalog.languages()) {
      if (!lang.equals(catalog.sourceLanguage())) {
        languages.add(BundleChecks.check(catalog.bundle(lang), source));
      }
    }
    return new CheckReport(catalog.sourceLanguage(), languages);
  }
}
