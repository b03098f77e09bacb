package dev.stocktake.reports.view;

/** A legend entry: what a colour stands for. */
public record Legend(String label, String colour, boolean suppressed) {}
