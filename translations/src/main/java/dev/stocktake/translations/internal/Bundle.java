package dev.stocktake.translations.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The messages of one language, after any project overrides, in the order they were written.
 *
 * @param lang the BCP 47 tag the bundle is for, as in its file name ({@code fr}, {@code pt-BR})
 * @param status the {@code meta.status} entry, or null when the files do not say
 * @param messages message key to entry, without the {@code meta.*} entries
 */
public record Bundle(String lang, Entry status, Map<String, Entry> messages) {
  /** The status of a source-language bundle. */
  public static final String SOURCE = "source";

  /** The status of a bundle whose text a translator has written. */
  public static final String TRANSLATED = "translated";

  /** The status of a machine-quality draft that a native speaker must review. */
  public static final String DRAFT = "draft";

  public Bundle {
    Objects.requireNonNull(lang, "lang");
    messages = Collections.unmodifiableMap(new LinkedHashMap<>(messages));
  }

  /** {@code source}, {@code translated} (also when the files do not say) or {@code draft}. */
  public String statusValue() {
    return status == null ? TRANSLATED : status.value();
  }

  /** This bundle with the other's messages and status taking precedence. */
  public Bundle overriddenBy(Bundle other) {
    Map<String, Entry> merged = new LinkedHashMap<>(messages);
    merged.putAll(other.messages());
    return new Bundle(lang, other.status() != null ? other.status() : status, merged);
  }
}
