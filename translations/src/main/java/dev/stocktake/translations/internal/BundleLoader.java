package dev.stocktake.translations.internal;

import com.ibm.icu.util.IllformedLocaleException;
import com.ibm.icu.util.ULocale;
import dev.stocktake.translations.Issue;
import dev.stocktake.translations.Issue.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Finds and reads bundle files: the ones shipped in this jar under {@code messages/} (listed in
 * {@code messages/languages.txt}, since a jar cannot be listed), and the {@code
 * messages_<lang>.properties} files of a folder.
 */
public final class BundleLoader {
  private static final String SHIPPED_DIR = "messages/";
  private static final String INDEX = SHIPPED_DIR + "languages.txt";
  private static final List<KeyRule> RULES = List.of(KeyRule.MESSAGES, KeyRule.LABELS);

  /** Bundles by language tag, and every problem met reading them. */
  public record Loaded(Map<String, Bundle> bundles, List<Issue> issues) {
    public Loaded {
      bundles = Map.copyOf(bundles);
      issues = List.copyOf(issues);
    }
  }

  private BundleLoader() {}

  /** The bundles shipped with Stocktake. */
  public static Loaded shipped() {
    Map<String, Bundle> bundles = new TreeMap<>();
    List<Issue> issues = new ArrayList<>();
    String index = resource(INDEX);
    if (index == null) {
      throw Errors.missingResource(INDEX);
    }
    for (String line : index.split("\n")) {
      String tag = line.strip();
      if (tag.isEmpty() || tag.startsWith("#")) {
        continue;
      }
      String name = SHIPPED_DIR + "messages_" + tag + ".properties";
      String text = resource(name);
      if (text == null) {
        throw Errors.missingResource(name);
      }
      BundleReader.Result read = BundleReader.read(tag, name, text);
      bundles.put(tag, read.bundle());
      issues.addAll(read.issues());
    }
    return new Loaded(bundles, issues);
  }

  /**
   * The message bundles of a folder, by the language in each file name ({@code
   * messages_fr.properties}, {@code messages_pt-BR.properties} or {@code
   * messages_pt_BR.properties}). Label files ({@code labels_<lang>.properties}) are left to {@link
   * #folder(Path, KeyRule)}; other {@code .properties} files are reported, since they are likely
   * misnamed bundles.
   */
  public static Loaded folder(Path folder) {
    return folder(folder, KeyRule.MESSAGES);
  }

  /**
   * The files of a folder named by the rule's prefix and a language tag, each read with the rule's
   * keys.
   */
  public static Loaded folder(Path folder, KeyRule rule) {
    if (!Files.isDirectory(folder)) {
      throw Errors.notAFolder(folder);
    }
    Map<String, Bundle> bundles = new TreeMap<>();
    List<Issue> issues = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw Errors.unreadable(folder, e);
    }
    for (Path file : files) {
      String fileName = file.getFileName().toString();
      if (!fileName.endsWith(".properties")) {
        continue;
      }
      String shown = folder.getFileName() == null ? file.toString() : display(folder, fileName);
      String tag = tagOf(fileName, rule);
      if (tag == null && rule != KeyRule.MESSAGES) {
        continue;
      }
      if (tag == null && RULES.stream().anyMatch(r -> r != rule && tagOf(fileName, r) != null)) {
        continue;
      }
      if (tag == null) {
        issues.add(
            new Issue(
                Severity.ERROR,
                "",
                shown,
                0,
                "",
                "not a message bundle name; name bundles messages_<language>.properties with a"
                    + " BCP 47 language tag, like messages_fr.properties or"
                    + " messages_pt-BR.properties (and survey labels"
                    + " labels_<language>.properties)"));
        continue;
      }
      if (bundles.containsKey(tag)) {
        issues.add(
            new Issue(
                Severity.ERROR,
                tag,
                shown,
                0,
                "",
                "a second bundle for language " + tag + "; keep one file per language"));
        continue;
      }
      BundleReader.Result read = BundleReader.read(tag, shown, decode(file), rule);
      bundles.put(tag, read.bundle());
      issues.addAll(read.issues());
    }
    return new Loaded(bundles, issues);
  }

  /**
   * The canonical BCP 47 form of a tag ({@code pt_BR} and {@code PT-br} give {@code pt-BR}), or
   * null when it is not a well-formed tag with a language.
   */
  public static String canonicalTag(String tag) {
    try {
      ULocale locale = new ULocale.Builder().setLanguageTag(tag.replace('_', '-')).build();
      return locale.getLanguage().isEmpty() ? null : locale.toLanguageTag();
    } catch (IllformedLocaleException e) {
      return null;
    }
  }

  /**
   * The file of a folder that holds a language's bundle of the rule's kind: the one already there,
   * whichever way its name writes the tag ({@code pt_BR} or {@code pt-BR}), or else {@code
   * <prefix><tag>.properties}.
   */
  public static Path fileFor(Path folder, KeyRule rule, String tag) {
    if (Files.isDirectory(folder)) {
      try (Stream<Path> list = Files.list(folder)) {
        List<Path> same =
            list.filter(f -> tag.equals(tagOf(f.getFileName().toString(), rule))).sorted().toList();
        if (!same.isEmpty()) {
          return same.get(0);
        }
      } catch (IOException e) {
        throw Errors.unreadable(folder, e);
      }
    }
    return folder.resolve(rule.prefix() + tag + ".properties");
  }

  /** The text of a UTF-8 file. */
  public static String read(Path file) {
    return decode(file);
  }

  /** The language of a file named {@code <prefix><tag>.properties}, or null. */
  private static String tagOf(String fileName, KeyRule rule) {
    if (!fileName.startsWith(rule.prefix()) || !fileName.endsWith(".properties")) {
      return null;
    }
    String tag = fileName.substring(rule.prefix().length(), fileName.length() - 11);
    return tag.isEmpty() ? null : canonicalTag(tag);
  }

  private static String display(Path folder, String fileName) {
    return folder.getFileName() + "/" + fileName;
  }

  private static String decode(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw Errors.notUtf8(file);
    } catch (IOException e) {
      throw Errors.unreadable(file, e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = BundleLoader.class.getClassLoader().getResourceAsStream(name)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the resource " + name, e);
    }
  }
}
