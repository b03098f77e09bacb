package dev.stocktake.schema.findings;

import java.util.List;

/**
 * What the open answers say: how many answers to each coded question were coded, the themes they
 * carry per round and group, the tests of each theme between rounds, and organised campaigns.
 *
 * @param tests a two-proportion test per theme, question, group and pair of rounds (the {@code
 *     choice} of each is the theme id), Benjamini–Hochberg adjusted among themselves
 */
public record OpenAnswers(
    List<Coding> coding,
    List<ThemeCount> themes,
    List<Comparison> tests,
    List<Campaign> campaigns,
    List<Quote> quotes) {

  public OpenAnswers {
    coding = coding == null ? List.of() : List.copyOf(coding);
    themes = themes == null ? List.of() : List.copyOf(themes);
    tests = tests == null ? List.of() : List.copyOf(tests);
    campaigns = campaigns == null ? List.of() : List.copyOf(campaigns);
    quotes = quotes == null ? List.of() : List.copyOf(quotes);
  }

  /** Counts, tests and campaigns without quotes. */
  public OpenAnswers(
      List<Coding> coding,
      List<ThemeCount> themes,
      List<Comparison> tests,
      List<Campaign> campaigns) {
    this(coding, themes, tests, campaigns, List.of());
  }

  public static OpenAnswers none() {
    return new OpenAnswers(List.of(), List.of(), List.of(), List.of(), List.of());
  }

  /** These counts with {@code chosen} as their quotes. */
  public OpenAnswers withQuotes(List<Quote> chosen) {
    return new OpenAnswers(coding, themes, tests, campaigns, chosen);
  }

  /**
   * How the answers to a coded question reconcile in a round and group: {@code asked} = {@code
   * coded} + {@code uncoded} + {@code blank}.
   *
   * @param asked respondents whose submission was accepted and to whose group the question applies
   * @param coded answers carrying at least one theme
   * @param uncoded answers carrying none (a reported category, never dropped)
   * @param blank respondents who left the question empty
   * @param byHand answers an analyst coded (rounds/&lt;round&gt;/codes.csv), whose themes replace
   *     the rules'
   *     <p>Each count is null in the public edition when hidden as a small cell.
   */
  public record Coding(
      String codebook,
      int version,
      String question,
      String round,
      String group,
      Long asked,
      Long coded,
      Long uncoded,
      Long blank,
      Long byHand) {}

  /**
   * How many answers carry a theme.
   *
   * @param respondents answers with the theme, each submission counted
   * @param answered non-blank answers to the question
   * @param share {@code respondents / answered}
   * @param respondentsOnce answers with the theme, each organised campaign counted once
   * @param answeredOnce non-blank answers, each campaign counted once
   *     <p>Each count and the share are null in the public edition when hidden as a small cell.
   */
  public record ThemeCount(
      String codebook,
      String question,
      String theme,
      String round,
      String group,
      Long respondents,
      Long answered,
      Double share,
      Long respondentsOnce,
      Long answeredOnce) {}

  /**
   * An answer quoted for a theme, chosen by rule from the newest round: its author's consent allows
   * quotes, no clearance decision redacts it, it belongs to no organised campaign, and, in the
   * public edition, its question is published. The answers carrying the fewest other themes come
   * first, then those of a readable length, then by respondent key, so the same data and key give
   * the same quotes.
   *
   * @param rank 1 for the first quote of the theme
   * @param language the language the answer was written in
   * @param consent {@code full} or {@code anonymous}
   * @param name the organisation's name, only when {@code consent} is {@code full}; else null
   */
  public record Quote(
      String codebook,
      String question,
      String theme,
      String round,
      int rank,
      String text,
      String language,
      String consent,
      String name,
      String group,
      String region) {}

  /**
   * A group of identical or near-identical answers from several respondents. The public edition
   * gives only campaigns of at least the threshold's number of respondents.
   *
   * @param exact every member's normalised text is the same
   * @param themes the themes of its answers
   */
  public record Campaign(
      String question, String round, int size, boolean exact, List<String> themes) {
    public Campaign {
      themes = themes == null ? List.of() : List.copyOf(themes);
    }
  }
}
