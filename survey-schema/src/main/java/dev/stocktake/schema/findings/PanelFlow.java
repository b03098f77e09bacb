package dev.stocktake.schema.findings;

/**
 * Who came back between two consecutive rounds: respondents of both ({@code returning}), of the
 * later only ({@code newcomers}) and of the earlier only ({@code dropped}).
 */
public record PanelFlow(
    String fromRound, String toRound, long returning, long newcomers, long dropped) {}
