package dev.stocktake.etl.ingest;

import java.util.Locale;

/**
 * Who the outputs are for: the confidential {@code community} of respondents, or the {@code
 * public}. The public edition never carries raw respondent ids or unpublished free text.
 */
public enum Edition {
  PUBLIC,
  COMMUNITY;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
