package dev.stocktake.reports.view;

/**
 * An answer quoted in the report, with the attribution its author's consent allows: the
 * organisation's name, or only its group and region.
 *
 * @param lang the language the answer was written in, so that screen readers pronounce it right
 */
public record Quote(String question, String text, String attribution, String lang) {}
