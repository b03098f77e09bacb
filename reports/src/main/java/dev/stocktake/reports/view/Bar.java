package dev.stocktake.reports.view;

import java.util.List;

/**
 * One bar of a chart: its label (a round, a choice), its pieces, and a figure to show beside it.
 */
public record Bar(String label, List<Segment> segments, String figure) {
  public Bar {
    segments = List.copyOf(segments);
  }
}
