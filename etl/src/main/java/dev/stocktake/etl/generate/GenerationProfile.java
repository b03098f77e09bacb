package dev.stocktake.etl.generate;

import java.util.List;
import java.util.Map;

/**
 * How {@code stocktake generate} simulates a consultation: who is invited, how many answer, how
 * many come back next round, and how implementation progresses. Read from a project's {@code
 * generator.yaml}; every field has a default.
 *
 * @param groupMix share of respondents per stakeholder group (normalised; default equal)
 * @param responseRate share of invited organisations that respond
 * @param panelShare share of a round's respondents who answer the next round too
 * @param growth respondents of a round relative to the round before
 * @param missingRate share of optional questions left unanswered
 * @param duplicateRate share of respondents who submitted twice (the earlier one superseded)
 * @param progress mean advance per round on the implementation scale (0 to 1), by default and per
 *     framework item
 * @param regions regions with their countries and the languages spoken there
 * @param regionQuestion the question (by its id in the newest schema) that asks a respondent's
 *     region; it is answered with the roster's region, whose ids must be its choice codes
 * @param openAnswers which text questions get answers with planted themes, and any campaign
 */
public record GenerationProfile(
    Map<String, Double> groupMix,
    Double responseRate,
    Double panelShare,
    Double growth,
    Double missingRate,
    Double duplicateRate,
    Progress progress,
    List<Region> regions,
    String regionQuestion,
    OpenAnswers openAnswers) {

  public GenerationProfile {
    groupMix = groupMix == null ? Map.of() : Map.copyOf(groupMix);
    responseRate = responseRate == null ? 0.72 : responseRate;
    panelShare = panelShare == null ? 0.6 : panelShare;
    growth = growth == null ? 1.25 : growth;
    missingRate = missingRate == null ? 0.06 : missingRate;
    duplicateRate = duplicateRate == null ? 0.01 : duplicateRate;
    progress = progress == null ? new Progress(null, null) : progress;
    regions = regions == null || regions.isEmpty() ? Region.DEFAULTS : List.copyOf(regions);
    openAnswers = openAnswers == null ? OpenAnswers.NONE : openAnswers;
    check("response_rate", responseRate, 0.01, 1);
    check("panel_share", panelShare, 0, 1);
    check("growth", growth, 0.1, 100);
    check("missing_rate", missingRate, 0, 1);
    check("duplicate_rate", duplicateRate, 0, 1);
  }

  static void check(String name, double value, double min, double max) {
    if (!(value >= min && value <= max)) { // also refuses NaN
      throw new IllegalArgumentException(
          name + " must be between " + min + " and " + max + ", not " + value);
    }
  }

  /** The defaults, for a project without a generator.yaml. */
  public static GenerationProfile defaults() {
    return new GenerationProfile(null, null, null, null, null, null, null, null, null, null);
  }

  /** Mean advance per round on the implementation scale, by default and per framework item. */
  public record Progress(Double perRound, Map<String, Double> byCommitment) {
    public Progress {
      perRound = perRound == null ? 0.08 : perRound;
      byCommitment = byCommitment == null ? Map.of() : Map.copyOf(byCommitment);
    }

    public double of(String commitment) {
      return commitment == null ? perRound : byCommitment.getOrDefault(commitment, perRound);
    }
  }

  /** A region, its share of respondents, and its countries as {@code name: language}. */
  public record Region(String id, Double weight, Map<String, String> countries) {
    public Region {
      weight = weight == null ? 1.0 : weight;
      countries = countries == null ? Map.of() : Map.copyOf(countries);
      if (countries.isEmpty()) {
        throw new IllegalArgumentException("region " + id + " lists no countries");
      }
    }

    /** The regions of the example's region list, with a few countries each. */
    static final List<Region> DEFAULTS =
        List.of(
            new Region(
                "sub_saharan_africa",
                0.9,
                Map.of("Kenya", "en", "Senegal", "fr", "Ghana", "en", "Côte d'Ivoire", "fr")),
            new Region(
                "middle_east_north_africa",
                0.7,
                Map.of("Jordan", "ar", "Tunisia", "ar", "Morocco", "ar")),
            new Region("asia", 0.9, Map.of("Indonesia", "en", "Japan", "en", "India", "en")),
            new Region(
                "oceania_pacific",
                0.6,
                Map.of("New Zealand", "en", "Australia", "en", "Fiji", "en")),
            new Region(
                "europe",
                1.4,
                Map.of("France", "fr", "Germany", "en", "Spain", "es", "Norway", "en")),
            new Region("north_america", 1.0, Map.of("Canada", "en", "United States", "en")),
            new Region(
                "latin_america_caribbean",
                0.9,
                Map.of("Colombia", "es", "Chile", "es", "Costa Rica", "es")));
  }
}
