package dev.stocktake.etl.compare.internal;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * One line of {@code distributions/}: for a question, round and group, either how many gave one
 * value ({@code kind = share}) or the numeric summary of the answers ({@code kind = summary}). In
 * the public edition a hidden count is null, and so is every figure computed from it.
 *
 * @param respondents how many gave {@code value} (share lines) or answered with a number (summary
 *     lines)
 * @param answered how many answered the question at all
 * @param missing respondents of the round the question applies to who did not answer
 */
public record DistributionLine(
    String question,
    String round,
    String group,
    String kind,
    String value,
    Long respondents,
    Long answered,
    Long missing,
    Double share,
    Double ciLow,
    Double ciHigh,
    Double mean,
    Double median,
    Double q1,
    Double q3) {

  public static final String SHARE = "share";
  public static final String SUMMARY = "summary";

  public boolean isShare() {
    return SHARE.equals(kind);
  }

  /** The line with its count hidden, and the share and interval that would give it away. */
  DistributionLine withCountHidden() {
    return new DistributionLine(
        question, round, group, kind, value, null, answered, missing, null, null, null, mean,
        median, q1, q3);
  }

  /** The line with its number of answers hidden, and everything computed over them. */
  DistributionLine withTotalHidden() {
    return new DistributionLine(
        question,
        round,
        group,
        kind,
        value,
        respondents,
        null,
        missing,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /** The line without its number of non-answers, which the public edition does not give. */
  DistributionLine withoutMissing() {
    return new DistributionLine(
        question,
        round,
        group,
        kind,
        value,
        respondents,
        answered,
        null,
        share,
        ciLow,
        ciHigh,
        mean,
        median,
        q1,
        q3);
  }

  Row toRow() {
    return RowFactory.create(
        question,
        round,
        group,
        kind,
        value,
        respondents,
        answered,
        missing,
        share,
        ciLow,
        ciHigh,
        mean,
        median,
        q1,
        q3);
  }
}
