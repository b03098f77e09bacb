package dev.stocktake.etl.text;

import dev.stocktake.etl.text.internal.LanguageRules;
import dev.stocktake.etl.text.internal.TextErrors;
import dev.stocktake.schema.codebook.Codebook;
import dev.stocktake.schema.codebook.Rules;
import dev.stocktake.schema.codebook.Theme;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A codebook compiled for coding answers: finds the themes of an answer in time proportional to its
 * length, not to the number of themes.
 *
 * <p>Keywords, phrases and exclusions cost one hash look-up per word of the answer however many
 * there are. Each pattern of the answer's language is one more scan of the answer (skipped when its
 * theme is already found or vetoed), so patterns are the dear rules: prefer keywords and phrases,
 * and keep patterns for what they cannot say.
 *
 * <p>Keywords, phrases and exclusions are normalised like answers ({@link TextNormaliser}) and
 * matched as runs of whole words, whatever punctuation separates them: {@code fund} does not match
 * {@code funding}, and {@code crisis-response protocol} matches {@code crisis response protocol}. A
 * keyword of several words ({@code covid-19}) is matched as a phrase. Patterns are Java regular
 * expressions run on the normalised (lower-case) answer with {@code UNICODE_CASE |
 * UNICODE_CHARACTER_CLASS}, so they should be written in lower case. An exclusion vetoes only its
 * own theme. Holds only serializable structures, so Spark can ship it to executors; it is immutable
 * once compiled and safe to share between threads.
 */
public final class CodebookMatcher implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The flags every pattern is compiled with. */
  public static final int PATTERN_FLAGS = Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

  private final String codebookId;
  private final int version;
  private final String[] themeIds;
  private final HashMap<String, LanguageRules> byLanguage;

  private CodebookMatcher(
      String codebookId, int version, String[] themeIds, HashMap<String, LanguageRules> rules) {
    this.codebookId = codebookId;
    this.version = version;
    this.themeIds = themeIds;
    this.byLanguage = rules;
  }

  /** Every coded question's matcher: each codebook compiled once, for all its questions. */
  public static Map<String, CodebookMatcher> byQuestion(List<Codebook> codebooks) {
    Map<String, CodebookMatcher> out = new HashMap<>();
    for (Codebook codebook : codebooks) {
      CodebookMatcher matcher = compile(codebook);
      codebook.questions().forEach(q -> out.put(q, matcher));
    }
    return out;
  }

  /**
   * Compiles every theme's rules once; IllegalArgumentException naming theme, language and pattern
   * for a regex that does not compile (and for a keyword, phrase or exclusion without any word).
   */
  public static CodebookMatcher compile(Codebook codebook) {
    List<Theme> themes = codebook.themes();
    String[] ids = new String[themes.size()];
    HashMap<String, LanguageRules> byLanguage = new HashMap<>();
    for (int t = 0; t < themes.size(); t++) {
      Theme theme = themes.get(t);
      ids[t] = theme.id();
      for (Map.Entry<String, Rules> entry : theme.rules().entrySet()) {
        String language = entry.getKey();
        LanguageRules compiled =
            byLanguage.computeIfAbsent(tag(language), l -> new LanguageRules(themes.size()));
        Rules rules = entry.getValue();
        Where where = new Where(codebook.codebook(), theme.id(), language);
        int themeIndex = t;
        addWords(rules.keywords(), where, "keywords", w -> compiled.addWords(w, themeIndex));
        addWords(rules.phrases(), where, "phrases", w -> compiled.addWords(w, themeIndex));
        addWords(rules.exclude(), where, "exclude", w -> compiled.addExclusion(w, themeIndex));
        List<String> patterns = rules.patterns();
        for (int p = 0; p < patterns.size(); p++) {
          try {
            compiled.addPattern(Pattern.compile(patterns.get(p), PATTERN_FLAGS), t);
          } catch (PatternSyntaxException e) {
            throw TextErrors.badPattern(
                where.codebook, where.theme, where.language, p, patterns.get(p), e);
          }
        }
      }
    }
    return new CodebookMatcher(codebook.codebook(), codebook.version(), ids, byLanguage);
  }

  /**
   * The themes of an answer written in `language` (a tag like "fr" or "fr-CA": match its primary
   * language's rules), in the codebook's theme order; empty when none match. A theme with a parent
   * also implies nothing about its parent (no roll-up here).
   *
   * <p>Rules written for the full tag ({@code fr-CA}) are used when the codebook has them, else
   * those of the primary language. A null or blank text, or a language without rules, has no
   * themes.
   */
  public List<String> themes(String text, String language) {
    if (text == null) {
      return List.of();
    }
    String normalised = TextNormaliser.normalise(text);
    return themesOfNormalised(normalised, TextNormaliser.words(normalised), language);
  }

  /**
   * {@link #themes} of a text already normalised ({@link TextNormaliser#normalise}), with its
   * {@link TextNormaliser#words}: for a caller that needs them too, so the text is normalised once.
   */
  public List<String> themesOfNormalised(String normalised, List<String> words, String language) {
    LanguageRules rules = rulesFor(language);
    if (rules == null || normalised.isEmpty()) {
      return List.of();
    }
    int[] found = rules.match(normalised, words);
    if (found.length == 0) {
      return List.of();
    }
    List<String> themes = new ArrayList<>(found.length);
    for (int t : found) {
      themes.add(themeIds[t]);
    }
    return Collections.unmodifiableList(themes);
  }

  public String codebookId() {
    return codebookId;
  }

  public int version() {
    return version;
  }

  private LanguageRules rulesFor(String language) {
    if (language == null) {
      return null;
    }
    String tag = tag(language);
    LanguageRules rules = byLanguage.get(tag);
    int dash = tag.indexOf('-');
    if (rules == null && dash > 0) {
      rules = byLanguage.get(tag.substring(0, dash));
    }
    return rules;
  }

  /** {@code fr_CA}, {@code FR-ca} and {@code fr-CA} are one tag. */
  private static String tag(String language) {
    return language.trim().replace('_', '-').toLowerCase(Locale.ROOT);
  }

  private static void addWords(
      List<String> values, Where where, String kind, Consumer<List<String>> add) {
    for (int i = 0; i < values.size(); i++) {
      List<String> words = TextNormaliser.words(TextNormaliser.normalise(values.get(i)));
      if (words.isEmpty()) {
        throw TextErrors.noWords(
            where.codebook, where.theme, where.language, kind, i, values.get(i));
      }
      add.accept(words);
    }
  }

  private record Where(String codebook, String theme, String language) {}
}
