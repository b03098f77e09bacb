/**
 * What the report templates see: records of text already translated and formatted, numbers already
 * placed for the charts, and cells already suppressed. Templates get these and nothing else; the
 * Freemarker member-access policy exposes only these records' components.
 */
package dev.stocktake.reports.view;
