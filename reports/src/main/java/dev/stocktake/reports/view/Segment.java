package dev.stocktake.reports.view;

/**
 * A piece of a bar, placed on a scale of 0 to 100 from the start of the reading direction (already
 * mirrored for right-to-left languages).
 *
 * @param suppressed stands for answers hidden in the public edition, drawn hatched
 */
public record Segment(String x, String width, String colour, boolean suppressed) {}
