package dev.stocktake.schema.clearance;

import java.util.Objects;

/**
 * One invited organisation of a round's {@code roster.csv}. Confidential: it holds the roster id
 * and the organisation's name.
 *
 * @param line the line of the roster the entry starts on
 * @param id the roster id, as the response files' {@code respondent_id}
 */
public record RosterEntry(
    int line,
    String id,
    String name,
    String group,
    String region,
    String country,
    String language,
    Consent consent) {

  public RosterEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(consent, "consent");
    name = name == null ? "" : name;
    group = group == null ? "" : group;
    region = region == null ? "" : region;
    country = country == null ? "" : country;
    language = language == null ? "" : language;
  }
}
