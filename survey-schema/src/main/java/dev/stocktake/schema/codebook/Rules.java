package dev.stocktake.schema.codebook;

import java.util.List;

/**
 * How a theme is found in answers of one language. All matching is on the normalised answer
 * (Unicode NFKC, case-folded): an answer has the theme when any keyword, phrase or pattern matches
 * and no exclusion does.
 *
 * @param keywords whole words ({@code funding} does not match {@code fundingless})
 * @param phrases runs of whole words ({@code "lack of staff"})
 * @param patterns regular expressions (Java syntax), e.g. {@code \bunder-?resourced\b}
 * @param exclude keywords or phrases that veto the theme in an answer ({@code "no lack of"})
 */
public record Rules(
    List<String> keywords, List<String> phrases, List<String> patterns, List<String> exclude) {
  public Rules {
    keywords = keywords == null ? List.of() : List.copyOf(keywords);
    phrases = phrases == null ? List.of() : List.copyOf(phrases);
    patterns = patterns == null ? List.of() : List.copyOf(patterns);
    exclude = exclude == null ? List.of() : List.copyOf(exclude);
  }

  public boolean isEmpty() {
    return keywords.isEmpty() && phrases.isEmpty() && patterns.isEmpty();
  }
}
