package dev.stocktake.etl.generate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Sentences per language that generated free-text answers are made of. */
final class PhraseBank {
  private final Map<String, List<String>> byLanguage;

  private PhraseBank(Map<String, List<String>> byLanguage) {
    this.byLanguage = Map.copyOf(byLanguage);
  }

  record File(Map<String, List<String>> languages) {}

  static PhraseBank load() {
    try (InputStream in = PhraseBank.class.getResourceAsStream("phrases.yaml")) {
      if (in == null) {
        throw new IllegalStateException("phrases.yaml is missing from the generator's resources");
      }
      return new PhraseBank(
          new ObjectMapper(new YAMLFactory()).readValue(in, File.class).languages());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first sentence in {@code language} that matches {@code pattern}, if any. */
  java.util.Optional<String> matching(String language, String pattern) {
    return byLanguage.getOrDefault(language, byLanguage.get("en")).stream()
        .filter(s -> s.matches(pattern))
        .findFirst();
  }

  /** One or two sentences in {@code language} (English if the bank lacks it). */
  String answer(String language, SplittableRandom random) {
    List<String> sentences = byLanguage.getOrDefault(language, byLanguage.get("en"));
    String first = sentences.get(random.nextInt(sentences.size()));
    if (random.nextDouble() < 0.4) {
      return first + " " + sentences.get(random.nextInt(sentences.size()));
    }
    return first;
  }
}
