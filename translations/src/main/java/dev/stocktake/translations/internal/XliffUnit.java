package dev.stocktake.translations.internal;

import java.util.List;
import java.util.Objects;

/**
 * One {@code <unit>} of an XLIFF file: a message or label key, its source text and, when
 * translated, its target.
 *
 * @param id the key
 * @param source the source-language text
 * @param target the translation, or null when there is none
 * @param state the segment's {@code state}: initial, translated, reviewed or final
 * @param notes notes for the translator
 * @param line where the unit starts in a file read, 0 for one being written
 * @param targetLine where the target starts in a file read, 0 when there is none
 */
public record XliffUnit(
    String id,
    String source,
    String target,
    String state,
    List<String> notes,
    int line,
    int targetLine) {
  public XliffUnit {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(state, "state");
    notes = List.copyOf(notes);
  }
}
