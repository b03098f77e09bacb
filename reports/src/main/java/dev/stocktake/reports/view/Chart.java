package dev.stocktake.reports.view;

import java.util.List;

/**
 * A horizontal bar chart drawn in inline SVG, with its text alternative. Every chart is followed by
 * a table with the same figures.
 *
 * @param id unique in the document, for ids inside the SVG
 * @param description the text alternative: what the chart shows, in words
 */
public record Chart(String id, String description, List<Bar> bars, List<Legend> legend) {
  public Chart {
    bars = List.copyOf(bars);
    legend = List.copyOf(legend);
  }
}
