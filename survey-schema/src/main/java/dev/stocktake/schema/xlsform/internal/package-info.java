/**
 * The machinery behind {@link dev.stocktake.schema.xlsform.XlsForms}: sheet readers and writers per
 * file format, header and language tolerance, expression translation, and the mapping between form
 * rows and schema records. Not API: it may change without notice.
 */
package dev.stocktake.schema.xlsform.internal;
