package dev.stocktake.translations;

import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.number.Precision;
import com.ibm.icu.util.ULocale;
import dev.stocktake.translations.internal.Bundle;
import dev.stocktake.translations.internal.Entry;
import dev.stocktake.translations.internal.Errors;
import dev.stocktake.translations.internal.MessageSyntax;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The messages of one report language, formatted with ICU MessageFormat for its locale (plural
 * rules, number and percent formats). A key the language lacks falls back to the source language
 * ({@value Catalog#SOURCE_LANGUAGE}), formatted as that language, and is recorded in {@link
 * #fallbacks()} so the report can say so. Safe to use from several threads.
 */
public final class Messages {
  /** Below this a p-value is shown as "p &lt; 0.001". */
  public static final double SMALLEST_P_SHOWN = 0.001;

  private static final String P_VALUE = "stat.p_value";
  private static final String P_VALUE_BELOW = "stat.p_value.below";
  private static final char LEFT_TO_RIGHT_ISOLATE = '\u2066';
  private static final char POP_DIRECTIONAL_ISOLATE = '\u2069';

  private final String lang;
  private final ULocale locale;
  private final List<Bundle> chain;
  private final boolean sourceLanguage;
  private final ULocale sourceLocale = ULocale.forLanguageTag(Catalog.SOURCE_LANGUAGE);
  private final Set<String> fallbacks = new LinkedHashSet<>();

  Messages(String lang, ULocale locale, List<Bundle> chain, boolean sourceLanguage) {
    this.lang = lang;
    this.locale = locale;
    this.chain = List.copyOf(chain);
    this.sourceLanguage = sourceLanguage;
  }

  /** The language tag asked for, in canonical form (e.g. {@code ar-u-nu-latn}). */
  public String lang() {
    return lang;
  }

  /** The ICU locale numbers and dates are formatted with. */
  public ULocale locale() {
    return locale;
  }

  /** Whether the language is written right to left (Arabic, Hebrew, Persian, Urdu…), per ICU. */
  public boolean rightToLeft() {
    return locale.isRightToLeft();
  }

  /** {@code rtl} or {@code ltr}, for HTML's {@code dir} attribute. */
  public String direction() {
    return rightToLeft() ? "rtl" : "ltr";
  }

  /** Whether the language's bundle is marked {@code meta.status = draft}: text needing review. */
  public boolean draft() {
    return chain.get(0).statusValue().equals(Bundle.DRAFT);
  }

  /** Whether the key has a message in this language or the source language. */
  public boolean has(String key) {
    return chain.stream().anyMatch(b -> b.messages().containsKey(key));
  }

  /** The message of a key that takes no arguments. */
  public String format(String key) {
    return format(key, Map.of());
  }

  /**
   * Formats a message.
   *
   * @param args argument name to value: numbers ({@code Long}, {@code Double}…; shares as 0–1,
   *     which the message shows as a percentage), strings (ids already turned into labels), {@link
   *     PValue}s, dates. Arguments the message does not use are ignored.
   * @throws TranslationsException when the key is in no bundle, the message is not valid ICU, or it
   *     uses an argument not given
   */
  public String format(String key, Map<String, ?> args) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(args, "args");
    Entry entry = null;
    Bundle from = null;
    for (Bundle b : chain) {
      entry = b.messages().get(key);
      if (entry != null) {
        from = b;
        break;
      }
    }
    if (entry == null) {
      throw Errors.missingKey(
          key, chain.stream().map(Bundle::lang).toList(), Catalog.SOURCE_LANGUAGE);
    }
    boolean fallback = !sourceLanguage && from.lang().equals(Catalog.SOURCE_LANGUAGE);
    ULocale formatLocale = fallback ? sourceLocale : locale;
    MessageSyntax.Result parsed = MessageSyntax.parse(entry.value(), formatLocale);
    if (parsed.error() != null) {
      throw Errors.badMessage(entry, parsed.error());
    }
    Map<String, Object> values = new HashMap<>();
    for (String name : parsed.parsed().arguments().keySet()) {
      Object value = args.get(name);
      if (value == null) {
        throw Errors.missingArgument(entry, name, new TreeSet<>(args.keySet()));
      }
      values.put(name, value instanceof PValue p ? pValue(p.value()) : value);
    }
    if (fallback) {
      synchronized (fallbacks) {
        fallbacks.add(key);
      }
    }
    return parsed.format().format(values);
  }

  /**
   * A p-value as people read it: {@code p = 0.012}, or {@code p < 0.001} below {@value
   * #SMALLEST_P_SHOWN}, with the language's digits and decimal sign. In right-to-left languages the
   * text is isolated as left to right, so that the formula reads the same way as in the sources.
   */
  public String pValue(double p) {
    new PValue(p); // checks the range
    String text =
        p < SMALLEST_P_SHOWN
            ? format(P_VALUE_BELOW, Map.of("limit", SMALLEST_P_SHOWN))
            : format(P_VALUE, Map.of("p", p));
    return rightToLeft() ? LEFT_TO_RIGHT_ISOLATE + text + POP_DIRECTIONAL_ISOLATE : text;
  }

  /** A share (0–1) as a whole percentage in this locale: {@code 42 %} in French. */
  public String percent(double share) {
    return percent(share, 0);
  }

  /** A share (0–1) as a percentage with the given number of decimals. */
  public String percent(double share, int decimals) {
    return NumberFormatter.forSkeleton("percent scale/100")
        .precision(Precision.fixedFraction(decimals))
        .locale(locale)
        .format(share)
        .toString();
  }

  /** A number with exactly the given number of decimals, in this locale. */
  public String number(double value, int decimals) {
    return NumberFormatter.withLocale(locale)
        .precision(Precision.fixedFraction(decimals))
        .format(value)
        .toString();
  }

  /** A count with this locale's digits and grouping. */
  public String count(long n) {
    return NumberFormatter.withLocale(locale).format(n).toString();
  }

  /** The name of a language in this one, e.g. {@code anglais} for {@code en} in French. */
  public String languageName(String languageTag) {
    return ULocale.forLanguageTag(languageTag).getDisplayName(locale);
  }

  /**
   * The keys formatted so far that this language lacks and that were shown in the source language,
   * in the order first met.
   */
  public List<String> fallbacks() {
    synchronized (fallbacks) {
      return List.copyOf(new ArrayList<>(fallbacks));
    }
  }
}
