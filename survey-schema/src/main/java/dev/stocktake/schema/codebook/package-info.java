/**
 * Codebooks: themes for coding open answers, with matching rules per language, versioned like
 * survey schemas and linked to the text questions they code. Plain records, no Spark.
 */
package dev.stocktake.schema.codebook;
