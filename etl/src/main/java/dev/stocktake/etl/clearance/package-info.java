/**
 * Clearance: each respondent's own answers of the newest round, from the ingested outputs, joined
 * to the roster under the pseudonymisation key the ingest used. The result names respondents and is
 * confidential.
 */
package dev.stocktake.etl.clearance;
