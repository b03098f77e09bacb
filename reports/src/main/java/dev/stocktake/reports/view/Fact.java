package dev.stocktake.reports.view;

/** A headline figure of the summary: the figure and what it counts. */
public record Fact(String figure, String label) {}
