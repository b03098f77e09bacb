/**
 * What a report reads from the output folder of the earlier stages: findings.json,
 * distributions.csv and reconciliation.json. Plain files, no Spark.
 */
package dev.stocktake.reports.input;
