package dev.stocktake.translations;

import com.ibm.icu.util.ULocale;
import dev.stocktake.translations.internal.Bundle;
import dev.stocktake.translations.internal.BundleLoader;
import dev.stocktake.translations.internal.BundleLoader.Loaded;
import dev.stocktake.translations.internal.Errors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every language's messages for reports and key findings: the bundles shipped with Stocktake
 * ({@code en} is the source; {@code fr}, {@code es} and {@code ar} are complete; {@code mi} and
 * {@code id} are drafts), optionally overridden key by key by a project's own {@code
 * translations/messages_<lang>.properties}. Immutable and safe to share between threads.
 *
 * <p>Loading reads the files and reports every malformed line at once; whether each message is
 * valid ICU is checked by {@link TranslationsCheck} and when it is formatted.
 */
public final class Catalog {
  /** The language every other language falls back to. */
  public static final String SOURCE_LANGUAGE = "en";

  private final Map<String, Bundle> bundles;

  private Catalog(Map<String, Bundle> bundles, String where) {
    if (!bundles.containsKey(SOURCE_LANGUAGE)) {
      throw Errors.noSource(where, SOURCE_LANGUAGE);
    }
    this.bundles = Collections.unmodifiableMap(new TreeMap<>(bundles));
  }

  /** The bundles shipped with Stocktake. */
  public static Catalog load() {
    Loaded shipped = BundleLoader.shipped();
    failOnIssues(shipped);
    return new Catalog(shipped.bundles(), "messages/");
  }

  /**
   * The shipped bundles overridden by a project's: each {@code messages_<lang>.properties} in the
   * folder replaces the shipped messages it has, may add keys (such as a project's own finding
   * keys, which then belong in its {@code messages_en.properties}) and may add a language.
   *
   * @param projectOverrides the project's {@code translations/} folder; null or a folder that does
   *     not exist means the project has no translations of its own
   * @throws TranslationsException listing every malformed line of every file
   */
  public static Catalog load(Path projectOverrides) {
    if (projectOverrides == null || !Files.exists(projectOverrides)) {
      return load();
    }
    Loaded shipped = BundleLoader.shipped();
    Loaded project = BundleLoader.folder(projectOverrides);
    List<Issue> issues = new ArrayList<>(shipped.issues());
    issues.addAll(project.issues());
    if (!issues.isEmpty()) {
      throw Errors.unreadableBundles(issues);
    }
    Map<String, Bundle> merged = new TreeMap<>(shipped.bundles());
    project.bundles().forEach((lang, b) -> merged.merge(lang, b, Bundle::overriddenBy));
    return new Catalog(merged, projectOverrides.toString());
  }

  /**
   * Only the bundles of one folder, which must include {@code messages_en.properties}: for checking
   * a set of bundles on their own, such as files back from translators.
   */
  public static Catalog fromFolder(Path folder) {
    Loaded loaded = BundleLoader.folder(folder);
    failOnIssues(loaded);
    return new Catalog(loaded.bundles(), folder.toString());
  }

  /** {@value #SOURCE_LANGUAGE}. */
  public String sourceLanguage() {
    return SOURCE_LANGUAGE;
  }

  /** The language tags with a bundle, sorted. */
  public Set<String> languages() {
    return bundles.keySet();
  }

  /**
   * The messages for a report in one language. The tag may carry a region or Unicode extensions:
   * {@code ar-u-nu-arab} uses the {@code ar} bundle with Arabic-Indic digits, {@code fr-CA} the
   * {@code fr} bundle with Canadian number formats. Each call returns a new {@link Messages}, whose
   * record of fallbacks covers only what was formatted through it.
   *
   * <p>Arabic digits: ICU (CLDR 42 and later) formats plain {@code ar} with Western digits (0123…),
   * as most Arabic-language publications of international bodies do; ask for {@code ar-u-nu-arab}
   * (or a region such as {@code ar-EG}) for Arabic-Indic digits (٠١٢…).
   *
   * @throws TranslationsException when the tag is malformed or no bundle covers its language
   */
  public Messages messages(String languageTag) {
    String tag = BundleLoader.canonicalTag(languageTag);
    if (tag == null) {
      throw Errors.badTag(languageTag);
    }
    ULocale locale = ULocale.forLanguageTag(tag);
    List<Bundle> chain = new ArrayList<>();
    ULocale u = new ULocale.Builder().setLocale(locale).clearExtensions().build();
    while (u != null && !u.getLanguage().isEmpty()) {
      Bundle b = bundles.get(u.toLanguageTag());
      if (b != null) {
        chain.add(b);
      }
      u = u.getFallback();
    }
    if (chain.isEmpty()) {
      throw Errors.unknownLanguage(tag, bundles.keySet());
    }
    Bundle source = bundles.get(SOURCE_LANGUAGE);
    boolean sourceLanguage = locale.getLanguage().equals(SOURCE_LANGUAGE);
    if (chain.stream().noneMatch(b -> b.lang().equals(SOURCE_LANGUAGE))) {
      chain.add(source);
    }
    return new Messages(tag, locale, chain, sourceLanguage);
  }

  /** The bundle of exactly this language, after overrides; null when there is none. */
  Bundle bundle(String lang) {
    return bundles.get(lang);
  }

  private static void failOnIssues(Loaded loaded) {
    if (!loaded.issues().isEmpty()) {
      throw Errors.unreadableBundles(loaded.issues());
    }
  }
}
