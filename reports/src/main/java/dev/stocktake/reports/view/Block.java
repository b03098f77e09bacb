package dev.stocktake.reports.view;

import java.util.List;

/**
 * A titled part of a section: sentences, an optional chart, tables and notes.
 *
 * @param id an anchor, unique in the document
 * @param chart null when there is nothing to draw
 * @param details a table shown on request (the tests by group), or null
 */
public record Block(
    String id,
    String heading,
    List<String> sentences,
    Chart chart,
    List<Table> tables,
    Table details,
    List<String> notes) {
  public Block {
    sentences = List.copyOf(sentences);
    tables = List.copyOf(tables);
    notes = List.copyOf(notes);
  }
}
