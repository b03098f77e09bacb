/**
 * The machinery behind {@code dev.stocktake.etl.text}: indexes of keywords and phrases by first
 * word, the rules of one language, MinHash with LSH banding, and union-find. Not API; it may change
 * with the classes that use it.
 */
package dev.stocktake.etl.text.internal;
