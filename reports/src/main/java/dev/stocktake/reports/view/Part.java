package dev.stocktake.reports.view;

import java.util.List;

/** A part of the question-by-question section: a survey section and its questions. */
public record Part(String id, String heading, List<Block> blocks) {
  public Part {
    blocks = List.copyOf(blocks);
  }
}
