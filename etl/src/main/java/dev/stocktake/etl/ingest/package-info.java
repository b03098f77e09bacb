/**
 * The ingest stage: response files of every round in, tidy harmonised answers, the quarantine and
 * the reconciliation out. {@link dev.stocktake.etl.ingest.Ingest} is the entry point; it takes the
 * caller's SparkSession.
 */
package dev.stocktake.etl.ingest;
