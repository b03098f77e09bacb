/**
 * Not API: reading bundle files, parsing ICU messages for their arguments and plural keywords, the
 * checks behind {@code TranslationsCheck}, and the module's exceptions.
 */
package dev.stocktake.translations.internal;
