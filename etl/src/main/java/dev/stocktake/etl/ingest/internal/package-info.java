/**
 * How the ingest works inside: column plans, validation rules, harmonisation, the Spark row layouts
 * and the atomic output folder. Not an API; it changes with the ingest.
 */
package dev.stocktake.etl.ingest.internal;
