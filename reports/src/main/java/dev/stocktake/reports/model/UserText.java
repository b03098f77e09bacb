package dev.stocktake.reports.model;

import java.util.regex.Pattern;

/**
 * Text the project's people wrote — labels, answers, names — made safe to set inside a report's own
 * sentences. The Unicode bidi embedding, override and isolate controls (U+202A–U+202E,
 * U+2066–U+2069) are removed: an unclosed right-to-left override in a label would otherwise show
 * the rest of a key finding, "rose from 16% to 28%", backwards, and a stray pop would end an
 * isolate the report itself set (p-values in right-to-left languages). Letters keep their own
 * direction and quotes stay in {@code dir="auto"} blocks; the directional marks U+200E and U+200F,
 * which reorder nothing beyond acting as a letter, are kept.
 */
public final class UserText {
  private static final Pattern BIDI_CONTROLS = Pattern.compile("[\u202A-\u202E\u2066-\u2069]");

  private UserText() {}

  /** The text without bidi embedding, override and isolate controls; null stays null. */
  public static String withoutBidiControls(String text) {
    return text == null ? null : BIDI_CONTROLS.matcher(text).replaceAll("");
  }
}
