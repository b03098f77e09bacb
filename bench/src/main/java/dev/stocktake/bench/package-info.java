/**
 * The benchmark: times Stocktake's ingest and compare against DuckDB computing the same counts from
 * the same CSV files, and against one sequential read of those bytes.
 */
package dev.stocktake.bench;
