package dev.stocktake.etl.text.internal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;

/**
 * Keywords and phrases of one language indexed by their first word, each with the theme it marks. A
 * keyword is a phrase of one word, so an answer costs one hash look-up per word plus a check of the
 * following words for the few phrases that start with it, however many themes there are.
 */
public final class WordIndex implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String[] NONE = new String[0];

  private final HashMap<String, ArrayList<Run>> byFirstWord = new HashMap<>();

  /** Marks {@code theme} wherever the run of {@code words} (at least one) occurs. */
  public void add(List<String> words, int theme) {
    if (words.isEmpty()) {
      throw new IllegalArgumentException("a keyword or phrase needs at least one word");
    }
    String[] rest = words.size() == 1 ? NONE : words.subList(1, words.size()).toArray(NONE);
    ArrayList<Run> runs = byFirstWord.computeIfAbsent(words.get(0), w -> new ArrayList<>(1));
    for (Run run : runs) {
      if (run.theme == theme && Arrays.equals(run.rest, rest)) {
        return;
      }
    }
    runs.add(new Run(rest, theme));
  }

  public boolean isEmpty() {
    return byFirstWord.isEmpty();
  }

  /** Sets {@code marks[theme]} for every keyword or phrase that starts at {@code words[at]}. */
  public void markAt(List<String> words, int at, boolean[] marks) {
    ArrayList<Run> runs = byFirstWord.get(words.get(at));
    if (runs == null) {
      return;
    }
    for (Run run : runs) {
      if (!marks[run.theme] && run.followsAt(words, at + 1)) {
        marks[run.theme] = true;
      }
    }
  }

  /** The words after the first of one keyword or phrase, and its theme's index. */
  private static final class Run implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String[] rest;
    private final int theme;

    Run(String[] rest, int theme) {
      this.rest = rest;
      this.theme = theme;
    }

    boolean followsAt(List<String> words, int from) {
      if (from + rest.length > words.size()) {
        return false;
      }
      for (int i = 0; i < rest.length; i++) {
        if (!rest[i].equals(words.get(from + i))) {
          return false;
        }
      }
      return true;
    }
  }
}
