/**
 * Not API: reading and writing bundle files, parsing ICU messages for their arguments and plural
 * keywords, the checks behind {@code TranslationsCheck}, reading and writing XLIFF 2.0 with a
 * parser that reads no DTD or entity, and the module's exceptions.
 */
package dev.stocktake.translations.internal;
