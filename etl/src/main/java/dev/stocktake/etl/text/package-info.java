/**
 * Coding open answers: {@link dev.stocktake.etl.text.TextNormaliser} puts an answer in the one form
 * every rule is matched against, {@link dev.stocktake.etl.text.CodebookMatcher} finds a codebook's
 * themes in it, and {@link dev.stocktake.etl.text.CampaignFinder} finds organised campaigns (the
 * same or nearly the same answer from many respondents). Pure Java, no Spark: a Spark job calls
 * these inside {@code mapPartitions}, so the cost of an answer does not grow with the number of
 * themes, and the matcher is {@link java.io.Serializable} to be shipped to executors.
 */
package dev.stocktake.etl.text;
