/**
 * Every string a Stocktake report shows, in every language: message bundles ({@code
 * messages_<lang>.properties}, ICU MessageFormat), the {@link dev.stocktake.translations.Catalog}
 * that loads them with a project's overrides, {@link dev.stocktake.translations.Messages} that
 * formats them for one language with fallback to English, and {@link
 * dev.stocktake.translations.TranslationsCheck} that tells translators what is missing or broken,
 * {@link dev.stocktake.translations.XliffExport} and {@link dev.stocktake.translations.XliffImport}
 * that hand the messages to translators as XLIFF 2.0 and take them back, and {@link
 * dev.stocktake.translations.LabelOverrides}, a project's own survey labels per language.
 */
package dev.stocktake.translations;
