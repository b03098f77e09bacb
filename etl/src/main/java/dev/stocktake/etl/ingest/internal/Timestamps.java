package dev.stocktake.etl.ingest.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;

/**
 * Reads {@code submitted_at}: ISO 8601 with an offset ({@code 2022-11-01T19:43:20Z}, {@code
 * ...+13:00}), or without one ({@code 2022-11-01T19:43:20}, or with a space as LimeSurvey writes
 * it), which is taken as UTC as survey tools export it. Anything else is malformed: day-first or
 * month-first dates are ambiguous and never guessed.
 */
final class Timestamps {
  private static final DateTimeFormatter LOCAL =
      new DateTimeFormatterBuilder()
          .appendPattern("uuuu-MM-dd")
          .optionalStart()
          .appendLiteral('T')
          .optionalEnd()
          .optionalStart()
          .appendLiteral(' ')
          .optionalEnd()
          .appendPattern("HH:mm")
          .optionalStart()
          .appendPattern(":ss")
          .optionalStart()
          .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
          .optionalEnd()
          .optionalEnd()
          .toFormatter()
          .withResolverStyle(ResolverStyle.STRICT);

  private Timestamps() {}

  /** The instant, or null when {@code text} is not one of the accepted forms. */
  static Instant parse(String text) {
    String t = text.strip();
    if (t.length() < 16 || t.charAt(4) != '-' || t.charAt(7) != '-') {
      return null;
    }
    char sep = t.charAt(10);
    if (sep != 'T' && sep != ' ') {
      return null;
    }
    try {
      return OffsetDateTime.parse(t.replace(' ', 'T'), DateTimeFormatter.ISO_OFFSET_DATE_TIME)
          .toInstant();
    } catch (DateTimeParseException e) {
      // no offset: try a local date-time
    }
    try {
      return LocalDateTime.parse(t, LOCAL).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
