/**
 * The physical record scanner of the ingest: reads a response file once, streaming, and says how
 * many records it physically has, on which line each starts, what its header is and which records
 * are structurally broken, independently of Spark's CSV and JSON readers.
 *
 * <p>The ingest reconciles what Spark read against {@link dev.stocktake.etl.ingest.scan.FileScan}:
 * Spark's CSV row {@code k} (read with {@code header=false}, {@code multiLine=true}) is the
 * scanner's record {@code k - 1}, row 0 being the header. To keep that positional match true, the
 * scanner splits records where Spark's CSV parser (univocity) does, not only where RFC 4180 says:
 * the first line end of a file fixes the line end that ends records, and any other kind of line end
 * is read as part of a value (reported as {@code mixed_line_ending}).
 */
package dev.stocktake.etl.ingest.scan;
