package dev.stocktake.schema.findings;

/**
 * One line of {@code distributions/} and distributions.csv, as compare writes it and the report
 * reads it: for a question, round and group, either the share answering one value ({@code kind =
 * share}) or the numeric summary ({@code kind = summary}).
 *
 * <p>The public edition's compare stage writes its small cells already hidden, as empty cells: a
 * count read from an empty cell is null here, never 0, so that no report section can show a hidden
 * count as nobody. The community edition has every count.
 *
 * @param respondents how many gave {@code value} (share lines) or answered (summary lines); null
 *     when hidden, and then {@code share} and its interval (or the summary's figures) are null too
 * @param answered how many answered the question at all; null when hidden
 * @param missing how many of the round's respondents did not answer; null when not given (always,
 *     in the public edition)
 */
public record Distribution(
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
}
