package dev.stocktake.schema.findings;

/**
 * How many of one group and region answered in a round, against how many were invited (the roster).
 * {@code group} or {@code region} is {@code "all"} for totals.
 *
 * @param respondents null in the public edition when the count is hidden as a small cell
 * @param responseRate respondents / invited, or null without a roster or with the count hidden
 */
public record ParticipationCell(
    String round,
    String group,
    String region,
    Long respondents,
    long invited,
    Double responseRate) {}
