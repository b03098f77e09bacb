package dev.stocktake.schema.framework;

/** When an item is due ({@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}) and/or its horizon. */
public record Timeframe(String due, String horizon) {}
