/**
 * The findings model: what the compare stage writes to findings.json and the reports read. Plain
 * records with Jackson, no Spark.
 */
package dev.stocktake.schema.findings;
