package dev.stocktake.schema.findings;

/**
 * How many panel respondents moved from one answer in a round to another in the next, e.g. from
 * {@code planned} to {@code implemented} on an implementation-status question.
 */
public record Transition(
    String question,
    String fromRound,
    String toRound,
    String group,
    String fromValue,
    String toValue,
    long respondents) {}
