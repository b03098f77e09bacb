package dev.stocktake.schema.findings;

/**
 * Who came back between two consecutive rounds: respondents of both ({@code returning}), of the
 * later only ({@code newcomers}) and of the earlier only ({@code dropped}). In the public edition
 * all three are null when one of them is a small cell.
 */
public record PanelFlow(
    String fromRound, String toRound, Long returning, Long newcomers, Long dropped) {}
