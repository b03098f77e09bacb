package dev.stocktake.schema.findings;

/**
 * How many of one group and region answered in a round, against how many were invited (the roster).
 * {@code group} or {@code region} is {@code "all"} for totals.
 *
 * @param responseRate respondents / invited, or null without a roster
 */
public record ParticipationCell(
    String round,
    String group,
    String region,
    long respondents,
    long invited,
    Double responseRate) {}
