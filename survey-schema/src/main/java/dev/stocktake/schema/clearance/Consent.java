package dev.stocktake.schema.clearance;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** A respondent's consent to be quoted, as the roster's {@code consent} column records it. */
public enum Consent {
  /** Not yet asked or not yet answered: counted, never quoted until cleared. */
  PENDING,
  /** May be quoted with the organisation's name. */
  FULL,
  /** May be quoted without name or organisation. */
  ANONYMOUS,
  /** Counted in the statistics, never quoted. */
  WITHHELD;

  /** The word used in rosters and outputs, e.g. {@code anonymous}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether an answer of this respondent may appear as a quote at all. */
  public boolean allowsQuotes() {
    return this == FULL || this == ANONYMOUS;
  }

  /** The consent a roster cell names; a blank cell is {@link #PENDING}. Empty if unknown. */
  public static Optional<Consent> parse(String cell) {
    if (cell == null || cell.isBlank()) {
      return Optional.of(PENDING);
    }
    String code = cell.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(c -> c.code().equals(code)).findFirst();
  }

  /** The accepted words, for error messages: "pending, full, anonymous, withheld". */
  public static String codes() {
    return Arrays.stream(values()).map(Consent::code).collect(Collectors.joining(", "));
  }
}
