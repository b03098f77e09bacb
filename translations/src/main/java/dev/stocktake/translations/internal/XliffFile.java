package dev.stocktake.translations.internal;

import java.util.List;
import java.util.Objects;

/**
 * One {@code <file>} of an XLIFF document: {@code messages} (report messages) or {@code labels} (a
 * project's survey labels).
 *
 * @param id the file's id
 * @param notes notes for the translator about the whole file
 * @param units the units, in the order written
 */
public record XliffFile(String id, List<String> notes, List<XliffUnit> units) {
  /** The id of the file of report messages. */
  public static final String MESSAGES = "messages";

  /** The id of the file of survey labels. */
  public static final String LABELS = "labels";

  public XliffFile {
    Objects.requireNonNull(id, "id");
    notes = List.copyOf(notes);
    units = List.copyOf(units);
  }
}
