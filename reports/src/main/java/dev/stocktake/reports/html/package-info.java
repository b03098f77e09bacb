/**
 * index.html, the report in one language: sections built as view records from the stage outputs,
 * with small cells suppressed in the public edition, then rendered by one locked-down template.
 */
package dev.stocktake.reports.html;
