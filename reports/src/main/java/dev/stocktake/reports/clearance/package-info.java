/**
 * Clearance documents: one respondent's own answers in their language, saying what the report would
 * publish of each and how, for them to check before dissemination. Confidential outputs.
 */
package dev.stocktake.reports.clearance;
