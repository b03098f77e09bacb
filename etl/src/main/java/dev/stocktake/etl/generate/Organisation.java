package dev.stocktake.etl.generate;

/** A synthetic invited organisation: a roster row. */
public record Organisation(
    long index,
    String id,
    String name,
    String group,
    String region,
    String country,
    String language,
    String consent) {}
