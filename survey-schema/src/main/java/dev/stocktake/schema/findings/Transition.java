package dev.stocktake.schema.findings;

/**
 * How many panel respondents moved from one answer in a round to another in the next, e.g. from
 * {@code planned} to {@code implemented} on an implementation-status question. In the public
 * edition a count hidden as a small cell is null.
 */
public record Transition(
    String question,
    String fromRound,
    String toRound,
    String group,
    String fromValue,
    String toValue,
    Long respondents) {}
