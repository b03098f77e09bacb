package dev.stocktake.etl.text.internal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Every theme's rules for one language, compiled: keywords and phrases in one index, exclusions in
 * another, and the regular expressions in one list.
 */
public final class LanguageRules implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int themeCount;
  private final WordIndex include = new WordIndex();
  private final WordIndex exclude = new WordIndex();
  private final ArrayList<Pattern> patterns = new ArrayList<>();
  private final ArrayList<Integer> patternThemes = new ArrayList<>();

  public LanguageRules(int themeCount) {
    this.themeCount = themeCount;
  }

  public void addWords(List<String> words, int theme) {
    include.add(words, theme);
  }

  public void addExclusion(List<String> words, int theme) {
    exclude.add(words, theme);
  }

  public void addPattern(Pattern pattern, int theme) {
    patterns.add(pattern);
    patternThemes.add(theme);
  }

  /**
   * The indexes of the themes found in a normalised text, ascending: a theme is found when one of
   * its keywords, phrases or patterns matches and none of its exclusions does.
   */
  public int[] match(String normalised, List<String> words) {
    boolean[] found = new boolean[themeCount];
    boolean[] vetoed = new boolean[themeCount];
    boolean excluding = !exclude.isEmpty();
    for (int i = 0; i < words.size(); i++) {
      include.markAt(words, i, found);
      if (excluding) {
        exclude.markAt(words, i, vetoed);
      }
    }
    // A pattern is only run for a theme not found or vetoed already: regular expressions are the
    // dearest rules, and the words decide most themes.
    for (int p = 0; p < patterns.size(); p++) {
      int theme = patternThemes.get(p);
      if (!found[theme] && !vetoed[theme] && patterns.get(p).matcher(normalised).find()) {
        found[theme] = true;
      }
    }
    int count = 0;
    for (int t = 0; t < themeCount; t++) {
      if (found[t] && !vetoed[t]) {
        count++;
      }
    }
    int[] themes = new int[count];
    for (int t = 0, n = 0; t < themeCount; t++) {
      if (found[t] && !vetoed[t]) {
        themes[n++] = t;
      }
    }
    return themes;
  }
}
