package dev.stocktake.translations;

import com.ibm.icu.util.ULocale;
import dev.stocktake.translations.internal.Bundle;
import dev.stocktake.translations.internal.BundleLoader;
import dev.stocktake.translations.internal.Entry;
import dev.stocktake.translations.internal.Errors;
import dev.stocktake.translations.internal.KeyRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A project's own survey labels, which override or add to the labels its survey schema, framework
 * and {@code stocktake.yaml} give, language by language. Immutable.
 *
 * <p>They are read from the project's {@code translations/} folder, one {@code
 * labels_<lang>.properties} per language, in the format of the message bundles (UTF-8, {@code key =
 * value}, escapes), with these keys:
 *
 * <pre>
 * title                         the project's title
 * round.&lt;id&gt;                    a round of stocktake.yaml       round.2022 = Second stocktake
 * group.&lt;id&gt;                    a stakeholder group             group.civil_society = Civil society
 * region.&lt;code&gt;                 a region                        region.oceania = Oceania
 * section.&lt;id&gt;                  a section of the survey         section.transparency = Transparency
 * question.&lt;id&gt;                 a question's text
 * choice.&lt;question&gt;.&lt;code&gt;      a choice of a question          choice.status.done = Done
 * choice.&lt;list&gt;.&lt;code&gt;          a choice wherever its list is asked (a question's own key wins)
 * item.&lt;id&gt;                     a framework item's text         item.cc.crisis_response = ...
 * theme.&lt;codebook&gt;.&lt;id&gt;       a codebook's theme              theme.ccc-open-answers.resources = ...
 * </pre>
 *
 * Labels are plain text, not ICU messages: braces and apostrophes are shown as written.
 */
public final class LabelOverrides {
  /** The kinds of label, each the first part of its keys. */
  public static final List<String> KINDS =
      List.of(
          "title", "round", "group", "region", "section", "question", "choice", "item", "theme");

  private static final LabelOverrides NONE = new LabelOverrides(Map.of());

  private final Map<String, Map<String, String>> byLanguage;

  private LabelOverrides(Map<String, Map<String, String>> byLanguage) {
    Map<String, Map<String, String>> copy = new TreeMap<>();
    byLanguage.forEach((lang, labels) -> copy.put(lang, Collections.unmodifiableMap(labels)));
    this.byLanguage = Collections.unmodifiableMap(copy);
  }

  /** No overrides. */
  public static LabelOverrides none() {
    return NONE;
  }

  /**
   * The overrides in a project's translations folder.
   *
   * @param translations the project's {@code translations/} folder; null or a folder that does not
   *     exist means none
   * @throws TranslationsException listing every malformed line of every labels file, as {@code
   *     file:line key: message}
   */
  public static LabelOverrides load(Path translations) {
    if (translations == null || !Files.exists(translations)) {
      return NONE;
    }
    BundleLoader.Loaded loaded = BundleLoader.folder(translations, KeyRule.LABELS);
    if (!loaded.issues().isEmpty()) {
      throw Errors.unreadableBundles(loaded.issues());
    }
    Map<String, Map<String, String>> labels = new TreeMap<>();
    for (Bundle bundle : loaded.bundles().values()) {
      Map<String, String> texts = new LinkedHashMap<>();
      for (Entry e : bundle.messages().values()) {
        texts.put(e.key(), e.value());
      }
      labels.put(bundle.lang(), texts);
    }
    return new LabelOverrides(labels);
  }

  /**
   * The key of a label: {@code title} for the title, {@code <kind>.<id>} otherwise.
   *
   * @param kind one of {@link #KINDS}
   * @param id the id of the round, group, question or item, the code of the region, or {@code
   *     <question>.<code>} for a choice; ignored for the title
   * @throws IllegalArgumentException for a kind not in {@link #KINDS}
   */
  public static String key(String kind, String id) {
    Objects.requireNonNull(kind, "kind");
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException(
          "kind: \""
              + kind
              + "\" is not a kind of label; the kinds are "
              + String.join(", ", KINDS));
    }
    return kind.equals("title") ? kind : kind + "." + Objects.requireNonNull(id, "id");
  }

  /**
   * The project's label for something in a language, if it has one. A tag with a region or
   * extensions also finds its language's labels ({@code fr-CA} uses {@code labels_fr} when there is
   * no {@code labels_fr-CA}); there is no fallback to another language, which is for the caller to
   * choose.
   *
   * @param language a BCP 47 tag
   * @param kind one of {@link #KINDS}
   * @param id as for {@link #key}; e.g. {@code label("fr", "choice", "status.done")}
   * @throws TranslationsException when the tag is malformed
   * @throws IllegalArgumentException for a kind not in {@link #KINDS}
   */
  public Optional<String> label(String language, String kind, String id) {
    String key = key(kind, id);
    String tag = BundleLoader.canonicalTag(Objects.requireNonNull(language, "language"));
    if (tag == null) {
      throw Errors.badTag(language);
    }
    ULocale u =
        new ULocale.Builder().setLocale(ULocale.forLanguageTag(tag)).clearExtensions().build();
    while (u != null && !u.getLanguage().isEmpty()) {
      String text = byLanguage.getOrDefault(u.toLanguageTag(), Map.of()).get(key);
      if (text != null) {
        return Optional.of(text);
      }
      u = u.getFallback();
    }
    return Optional.empty();
  }

  /** The languages with a labels file, sorted. */
  public Set<String> languages() {
    return byLanguage.keySet();
  }

  /** The labels of exactly this language tag (canonical form), key to text, in file order. */
  public Map<String, String> labels(String language) {
    return byLanguage.getOrDefault(language, Map.of());
  }
}
