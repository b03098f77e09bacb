/**
 * Clearance: what each respondent agreed may be published of their answers. The roster's {@code
 * consent} column says it per respondent, an optional {@code clearance.csv} per answer; the reports
 * obey both. Plain records, no Spark.
 */
package dev.stocktake.schema.clearance;
