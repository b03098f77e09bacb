package dev.stocktake.etl.generate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Sentences per theme and language that answers to coded questions are made of, with sentences that
 * carry no theme and sentences whose wording a theme's exclusion vetoes. A language the bank lacks
 * is answered in English.
 */
final class ThemeBank {
  private final Map<String, Map<String, List<String>>> themes;
  private final Map<String, List<String>> neutral;
  private final Map<String, Map<String, List<String>>> vetoed;

  private ThemeBank(File file) {
    this.themes = Map.copyOf(file.themes());
    this.neutral = Map.copyOf(file.neutral());
    this.vetoed = file.vetoed() == null ? Map.of() : Map.copyOf(file.vetoed());
  }

  record File(
      Map<String, Map<String, List<String>>> themes,
      Map<String, List<String>> neutral,
      Map<String, Map<String, List<String>>> vetoed) {}

  static ThemeBank load() {
    try (InputStream in = ThemeBank.class.getResourceAsStream("themed-phrases.yaml")) {
      if (in == null) {
        throw new IllegalStateException(
            "themed-phrases.yaml is missing from the generator's resources");
      }
      return new ThemeBank(new ObjectMapper(new YAMLFactory()).readValue(in, File.class));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Set<String> themes() {
    return themes.keySet();
  }

  /** The sentences that carry {@code theme} in {@code language}. */
  List<String> sentences(String theme, String language) {
    Map<String, List<String>> byLanguage = themes.get(theme);
    return byLanguage.getOrDefault(language, byLanguage.get("en"));
  }

  /** Sentences that carry no theme. */
  List<String> neutral(String language) {
    return neutral.getOrDefault(language, neutral.get("en"));
  }

  /** Sentences that use a word of {@code theme} in a sense its exclusions veto; maybe none. */
  List<String> vetoed(String theme, String language) {
    Map<String, List<String>> byLanguage = vetoed.getOrDefault(theme, Map.of());
    return byLanguage.getOrDefault(language, byLanguage.getOrDefault("en", List.of()));
  }

  static String pick(List<String> sentences, SplittableRandom random) {
    return sentences.get(random.nextInt(sentences.size()));
  }
}
