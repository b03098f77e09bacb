package dev.stocktake.translations;

import com.ibm.icu.util.ULocale;
import dev.stocktake.translations.internal.Bundle;
import dev.stocktake.translations.internal.BundleLoader;
import dev.stocktake.translations.internal.Entry;
import dev.stocktake.translations.internal.Errors;
import dev.stocktake.translations.internal.MessageSyntax;
import dev.stocktake.translations.internal.XliffFile;
import dev.stocktake.translations.internal.XliffUnit;
import dev.stocktake.translations.internal.XliffWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * An XLIFF 2.0 document for translating a catalogue into one language, as translation tools
 * (OmegaT, Okapi, Weblate, Crowdin…) read it: a {@code messages} file with one unit per message of
 * the source language, and, when the project overrides survey labels, a {@code labels} file. The
 * same catalogue always gives the same text, so that a file read back by {@link XliffImport} and
 * exported again is identical.
 *
 * <p>Each unit has one segment with the {@value Catalog#SOURCE_LANGUAGE} text as {@code <source>}
 * and, when the language has it, the translation as {@code <target>}. The segment's {@code state}
 * says how far the unit is: {@code initial} without a target; {@code translated} when the target
 * comes from a bundle marked {@code meta.status = draft} (which the file's notes also say); {@code
 * reviewed} for a bundle that is not a draft and for labels. Messages stay ICU MessageFormat text:
 * a unit's note lists its placeholders, which the translation must keep.
 *
 * <p>The labels file holds only the project's {@code labels_<lang>.properties} entries (see {@link
 * LabelOverrides}), sorted by key: its source is the {@code labels_en} text, empty for a label that
 * only the target language overrides. Labels that come from the survey schema itself are not
 * exported.
 *
 * @param language the target language tag, canonical ({@code pt-BR})
 * @param xml the document
 * @param units how many units it has
 * @param untranslated how many of them have no target
 */
public record XliffExport(String language, String xml, int units, int untranslated) {
  private static final String STATE_INITIAL = "initial";
  private static final String STATE_TRANSLATED = "translated";
  private static final String STATE_REVIEWED = "reviewed";

  public XliffExport {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(xml, "xml");
  }

  /** The messages of a catalogue to translate into a language, without labels. */
  public static XliffExport of(Catalog catalog, String language) {
    return of(catalog, LabelOverrides.none(), language);
  }

  /**
   * The messages of a catalogue and a project's label overrides to translate into a language.
   *
   * @param language a BCP 47 tag without extensions, such as {@code fr} or {@code pt-BR}
   * @throws TranslationsException when the tag is malformed or has extensions, or a message holds a
   *     character XML cannot carry
   */
  public static XliffExport of(Catalog catalog, LabelOverrides labels, String language) {
    String tag = BundleLoader.canonicalTag(Objects.requireNonNull(language, "language"));
    if (tag == null) {
      throw Errors.badTag(language);
    }
    ULocale locale = ULocale.forLanguageTag(tag);
    if (!locale.getExtensionKeys().isEmpty()) {
      throw Errors.extensionsInExport(
          tag, new ULocale.Builder().setLocale(locale).clearExtensions().build().toLanguageTag());
    }
    List<XliffFile> files = new ArrayList<>();
    files.add(messages(catalog, tag));
    XliffFile labelFile = labels(labels, catalog.sourceLanguage(), tag);
    if (!labelFile.units().isEmpty()) {
      files.add(labelFile);
    }
    String xml = XliffWriter.write(catalog.sourceLanguage(), tag, files);
    int units = files.stream().mapToInt(f -> f.units().size()).sum();
    long untranslated =
        files.stream().flatMap(f -> f.units().stream()).filter(u -> u.target() == null).count();
    return new XliffExport(tag, xml, units, (int) untranslated);
  }

  private static XliffFile messages(Catalog catalog, String tag) {
    Bundle source = catalog.bundle(catalog.sourceLanguage());
    Bundle target = catalog.bundle(tag);
    boolean draft = target != null && target.statusValue().equals(Bundle.DRAFT);
    ULocale sourceLocale = ULocale.forLanguageTag(source.lang());
    List<XliffUnit> units = new ArrayList<>();
    for (Entry entry : source.messages().values()) {
      Entry translation = target == null ? null : target.messages().get(entry.key());
      String state =
          translation == null ? STATE_INITIAL : draft ? STATE_TRANSLATED : STATE_REVIEWED;
      units.add(
          new XliffUnit(
              entry.key(),
              entry.value(),
              translation == null ? null : translation.value(),
              state,
              placeholderNote(entry.value(), sourceLocale),
              0,
              0));
    }
    List<String> notes = new ArrayList<>();
    notes.add(
        "Report messages in ICU MessageFormat. Keep every {placeholder} as it is; in {n, plural,"
            + " ...} and {x, select, ...} blocks translate only the text inside the inner braces,"
            + " with the plural categories of the target language. A straight apostrophe before"
            + " { starts quoted text: write the typographic one (’).");
    if (draft) {
      notes.add(
          "Draft: the "
              + tag
              + " translations are machine-quality text (meta.status = draft) that a native"
              + " speaker must review; their segments are in state translated, and a reviewer"
              + " sets them to reviewed.");
    }
    return new XliffFile(XliffFile.MESSAGES, notes, units);
  }

  private static List<String> placeholderNote(String message, ULocale locale) {
    MessageSyntax.Result parsed = MessageSyntax.parse(message, locale);
    if (parsed.error() != null || parsed.parsed().arguments().isEmpty()) {
      return List.of();
    }
    return List.of(
        "Placeholders to keep: "
            + new TreeSet<>(parsed.parsed().arguments().keySet())
                .stream().map(name -> "{" + name + "}").collect(Collectors.joining(", ")));
  }

  private static XliffFile labels(LabelOverrides labels, String sourceLang, String tag) {
    Map<String, String> source = labels.labels(sourceLang);
    Map<String, String> target = labels.labels(tag);
    Map<String, String> keys = new TreeMap<>(source);
    target.keySet().forEach(k -> keys.putIfAbsent(k, ""));
    List<XliffUnit> units = new ArrayList<>();
    keys.forEach(
        (key, text) -> {
          String translation = target.get(key);
          units.add(
              new XliffUnit(
                  key,
                  text,
                  translation,
                  translation == null ? STATE_INITIAL : STATE_REVIEWED,
                  text.isEmpty()
                      ? List.of(
                          "The "
                              + sourceLang
                              + " label comes from the survey schema and is not shown here.")
                      : List.of(),
                  0,
                  0));
        });
    return new XliffFile(
        XliffFile.LABELS,
        List.of(
            "Survey labels the project overrides in its translations/labels_<lang>.properties:"
                + " plain text, not ICU. Keys: title, round.<id>, group.<id>, region.<code>,"
                + " section.<id>, question.<id>, choice.<question>.<code>, item.<id>,"
                + " theme.<codebook>.<id>."),
        units);
  }
}
