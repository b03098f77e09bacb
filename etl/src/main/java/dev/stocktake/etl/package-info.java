/** Spark jobs of Stocktake: synthetic data, ingest, and (later) comparison of rounds. */
package dev.stocktake.etl;
