package dev.stocktake.etl.generate;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How answers to coded text questions are made: each answer mentions a theme with a known share,
 * per question and round, so that coding the answers has something real to find. Read from the
 * {@code open_answers} section of a project's {@code generator.yaml}; questions it names no theme
 * for are answered from the generator's plain phrase bank.
 *
 * @param shares per question (by its id in the newest schema), the share of answers that mention
 *     each theme (a theme of the generator's themed phrase bank)
 * @param byRound per round id, shares that differ from {@code shares} in that round
 * @param vetoed share of answers that also carry a sentence using a theme's word in a sense the
 *     codebook excludes, for a theme of the question the answer does not mention
 * @param campaign the same answer submitted by many respondents, or null for none
 */
public record OpenAnswers(
    Map<String, Map<String, Double>> shares,
    Map<String, Map<String, Map<String, Double>>> byRound,
    Double vetoed,
    Campaign campaign) {

  public OpenAnswers {
    shares = sorted(shares, "open_answers.shares");
    byRound = byRound == null ? Map.of() : Map.copyOf(byRound);
    byRound.forEach((round, questions) -> sorted(questions, "open_answers.by_round." + round));
    vetoed = vetoed == null ? 0.0 : vetoed;
    GenerationProfile.check("open_answers.vetoed", vetoed, 0, 1);
  }

  /** No coded questions and no campaign. */
  public static final OpenAnswers NONE = new OpenAnswers(null, null, null, null);

  private static Map<String, Map<String, Double>> sorted(
      Map<String, Map<String, Double>> shares, String where) {
    Map<String, Map<String, Double>> out = new TreeMap<>();
    if (shares != null) {
      shares.forEach(
          (question, themes) -> {
            Map<String, Double> byTheme = new TreeMap<>(themes == null ? Map.of() : themes);
            byTheme.forEach(
                (theme, share) ->
                    GenerationProfile.check(
                        where + "." + question + "." + theme, share == null ? -1 : share, 0, 1));
            out.put(question, Collections.unmodifiableMap(byTheme));
          });
    }
    return Collections.unmodifiableMap(out);
  }

  /** Whether answers to {@code question} (its id in the newest schema) are made of themes. */
  public boolean codes(String question) {
    return shares.containsKey(question)
        || (campaign != null && campaign.question().equals(question));
  }

  /** The share of answers to {@code question} in {@code round} mentioning each theme, by id. */
  public Map<String, Double> sharesIn(String round, String question) {
    Map<String, Double> out = new TreeMap<>(shares.getOrDefault(question, Map.of()));
    out.putAll(byRound.getOrDefault(round, Map.of()).getOrDefault(question, Map.of()));
    return out;
  }

  /**
   * An organised campaign: in {@code round}, the first {@code size} respondents of {@code group}
   * who answer {@code question} in {@code language} (in roster order, their last submission) all
   * give {@code text}, except the last of them, who give one of {@code variants} each.
   *
   * @param variants near-identical versions of {@code text} (a word or two changed)
   */
  public record Campaign(
      String round,
      String question,
      String group,
      String language,
      Integer size,
      String text,
      List<String> variants) {
    public Campaign {
      required(round, "round");
      required(question, "question");
      required(group, "group");
      required(language, "language");
      required(text, "text");
      variants = variants == null ? List.of() : List.copyOf(variants);
      if (size == null || size < variants.size() || size < 1) {
        throw new IllegalArgumentException(
            "open_answers.campaign.size must be at least 1 and at least the number of variants ("
                + variants.size()
                + "), not "
                + size);
      }
    }

    private static void required(String value, String field) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException("open_answers.campaign." + field + " is missing");
      }
    }

    /** The answer of the campaign's {@code member}-th respondent (from 0). */
    String answerOf(int member) {
      int firstVariant = size - variants.size();
      return member < firstVariant ? text : variants.get(member - firstVariant);
    }
  }
}
