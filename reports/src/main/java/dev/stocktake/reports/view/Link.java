package dev.stocktake.reports.view;

/** A link to the same report in another language, named in that language. */
public record Link(String href, String label, String lang, String dir) {}
