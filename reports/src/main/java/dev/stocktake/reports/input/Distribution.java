package dev.stocktake.reports.input;

/**
 * One line of distributions.csv: for a question, round and group, either the share answering one
 * value ({@code kind = share}) or the numeric summary ({@code kind = summary}).
 *
 * @param respondents how many gave {@code value} (share lines) or answered (summary lines)
 * @param answered how many answered the question at all
 */
public record Distribution(
    String question,
    String round,
    String group,
    String kind,
    String value,
    long respondents,
    long answered,
    long missing,
    Double share,
    Double ciLow,
    Double ciHigh,
    Double mean,
    Double median,
    Double q1,
    Double q3) {

  public boolean isShare() {
    return "share".equals(kind);
  }
}
