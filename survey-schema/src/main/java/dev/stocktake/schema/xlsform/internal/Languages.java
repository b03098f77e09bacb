package dev.stocktake.schema.xlsform.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the language part of an XLSForm header ({@code English (en)}, {@code english}, {@code
 * Español}, {@code EN}) into a BCP 47 tag, and a tag back into the {@code Name (code)} form pyxform
 * recommends. Names are matched against the JDK's language names in English and in the language
 * itself, so no table of our own goes stale.
 */
public final class Languages {
  private static final Pattern NAME_AND_CODE =
      Pattern.compile(".*\\(\\s*([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*)\\s*\\)\\s*");
  private static final Pattern CODE = Pattern.compile("[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*");
  private static final Map<String, String> BY_NAME = names();

  private Languages() {}

  /** The tag a header's language part names, if it names a known language or gives a code. */
  public static Optional<String> tagOf(String written) {
    String s = written.strip();
    Matcher m = NAME_AND_CODE.matcher(s);
    if (m.matches()) {
      return Optional.of(canonical(m.group(1)));
    }
    String byName = BY_NAME.get(s.toLowerCase(Locale.ROOT));
    if (byName != null) {
      return Optional.of(byName);
    }
    if (CODE.matcher(s).matches()) {
      return Optional.of(canonical(s));
    }
    return Optional.empty();
  }

  /**
   * A stand-in tag for a language the header names but we do not know: {@code und-} and up to 8
   * letters of its name, so that the schema stays valid until someone names the language properly.
   */
  public static String standIn(String written) {
    String letters = written.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    if (letters.isEmpty()) {
      letters = "unnamed";
    }
    return "und-" + letters.substring(0, Math.min(8, letters.length()));
  }

  /** The header form of a tag, e.g. {@code French (fr)}; pyxform and ODK read the code. */
  public static String headerName(String tag) {
    String name = Locale.forLanguageTag(tag).getDisplayName(Locale.ENGLISH);
    return (name.isEmpty() || name.equals(tag) ? tag : name) + " (" + tag + ")";
  }

  private static String canonical(String code) {
    return Locale.forLanguageTag(code.replace('_', '-')).toLanguageTag();
  }

  private static Map<String, String> names() {
    Map<String, String> byName = new HashMap<>();
    for (String code : Locale.getISOLanguages()) {
      Locale language = Locale.forLanguageTag(code);
      String tag = language.toLanguageTag();
      byName.putIfAbsent(language.getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT), tag);
      byName.putIfAbsent(language.getDisplayLanguage(language).toLowerCase(Locale.ROOT), tag);
    }
    // Names forms commonly use that differ from the JDK's.
    byName.put("farsi", "fa");
    byName.put("kiswahili", "sw");
    byName.put("francais", "fr");
    byName.put("espanol", "es");
    byName.put("portugues", "pt");
    byName.put("maori", "mi");
    byName.put("chinese", "zh");
    return Map.copyOf(byName);
  }
}
