package dev.stocktake.schema.diff;

import java.util.Objects;

/**
 * One difference between two schema versions: what changed ({@code kind}), for which question (old
 * and/or new id; null where not applicable), what it means for comparing the rounds ({@code
 * impact}) and, in words, what and why.
 */
public record Change(Kind kind, String oldId, String newId, Impact impact, String detail) {
  public Change {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(impact, "impact");
    Objects.requireNonNull(detail, "detail");
  }

  /** The kinds of change a diff reports. */
  public enum Kind {
    LANGUAGE_ADDED,
    LANGUAGE_REMOVED,
    GROUP_ADDED,
    GROUP_REMOVED,
    ADDED,
    RETIRED,
    REMOVED,
    RENAMED,
    SPLIT,
    MERGED,
    RETYPED,
    RECODED,
    CHOICES_ADDED,
    CHOICES_UNMAPPED,
    CHOICES_SPLIT,
    CHOICES_REORDERED,
    WORDING_CHANGED,
    APPLIES_TO_CHANGED,
    RELEVANT_CHANGED,
    CONSTRAINT_CHANGED,
    REQUIRED_CHANGED
  }

  /** What a change does to comparing the new round with the old one. */
  public enum Impact {
    /** Answers (or some of them) can no longer be compared. */
    BREAKING,
    /** Still comparable, but a reader must be told what changed. */
    CAVEAT,
    /** No effect on comparability. */
    NONE
  }
}
