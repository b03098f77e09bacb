/**
 * Statistics for the compare stage as pure functions over counts, ranks or small arrays: no Spark,
 * no I/O, no state. Spark aggregates answers into counts; these classes turn counts into the
 * figures a report shows, and each reproduces one R function to 1e-9 relative (the fixtures under
 * {@code src/test/resources/stats/} are R's own output).
 *
 * <p>Every test returns a {@link dev.stocktake.etl.stats.TestResult}, one table row. Where R
 * returns NaN or stops with an error the result says so in {@link
 * dev.stocktake.etl.stats.TestResult.Status} and carries a defined p of 1; nothing here returns a
 * NaN p. Upper tails are computed as tails (regularised gamma Q, erfc), never as {@code 1 - cdf},
 * so a p of 1e-300 keeps its digits and one that underflows is 0.
 */
package dev.stocktake.etl.stats;
