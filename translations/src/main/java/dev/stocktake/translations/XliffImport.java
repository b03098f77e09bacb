package dev.stocktake.translations;

import dev.stocktake.translations.Issue.Severity;
import dev.stocktake.translations.internal.Bundle;
import dev.stocktake.translations.internal.BundleChecks;
import dev.stocktake.translations.internal.BundleLoader;
import dev.stocktake.translations.internal.BundleReader;
import dev.stocktake.translations.internal.Entry;
import dev.stocktake.translations.internal.Errors;
import dev.stocktake.translations.internal.KeyRule;
import dev.stocktake.translations.internal.PropertiesWriter;
import dev.stocktake.translations.internal.XliffFile;
import dev.stocktake.translations.internal.XliffReader;
import dev.stocktake.translations.internal.XliffUnit;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Translations read back from an XLIFF 2.0 file that {@link XliffExport} wrote and a translator
 * filled in, checked, and ready to merge into a project's {@code translations/} folder.
 *
 * <p>Reading refuses DOCTYPEs (so no entity, external file or URL is read) and checks every target:
 * a message's must be valid ICU and keep exactly the placeholders of its {@code <source>}, as
 * {@link TranslationsCheck} checks bundles; unit ids must be message or label keys. A unit without
 * a target, or with an empty one, is untranslated and skipped.
 *
 * @param file the file read, as named in messages
 * @param language the target language, canonical
 * @param messages message key to translation, in the file's order
 * @param labels label key to translation ({@link LabelOverrides}), in the file's order
 * @param untranslated how many units were skipped for having no target
 */
public record XliffImport(
    String file,
    String language,
    Map<String, String> messages,
    Map<String, String> labels,
    int untranslated) {

  /** A bundle file that {@link #writeTo} wrote, and how many entries it now has. */
  public record Written(Path file, int imported, int entries) {}

  private static final List<String> HEADER =
      List.of(
          "Written by stocktake translations import: keys already here are kept, imported ones",
          "replace them, keys are sorted, and comments other than this one are not kept.");

  public XliffImport {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(language, "language");
    messages = Collections.unmodifiableMap(new LinkedHashMap<>(messages));
    labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
  }

  /**
   * Reads and checks a file.
   *
   * @throws TranslationsException listing every problem as {@code file:line unit-id: message}
   */
  public static XliffImport read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw Errors.unreadable(file, e);
    }
    return read(file.toString(), bytes);
  }

  /**
   * Reads and checks a document.
   *
   * @param file how to name it in messages
   * @throws TranslationsException listing every problem as {@code file:line unit-id: message}
   */
  public static XliffImport read(String file, byte[] bytes) {
    XliffReader.Result read = XliffReader.read(file, bytes, Catalog.SOURCE_LANGUAGE);
    List<Issue> issues = new ArrayList<>(read.issues());
    String lang = read.targetLang().isEmpty() ? "" : BundleLoader.canonicalTag(read.targetLang());
    if (lang == null) {
      issues.add(
          new Issue(
              Severity.ERROR,
              read.targetLang(),
              file,
              0,
              "",
              "trgLang \""
                  + read.targetLang()
                  + "\" is not a BCP 47 language tag; write e.g. fr or pt-BR"));
      lang = "";
    }
    Map<String, String> messages = new LinkedHashMap<>();
    Map<String, String> labels = new LinkedHashMap<>();
    int untranslated = 0;
    Map<String, Entry> sources = new LinkedHashMap<>();
    Map<String, Entry> targets = new LinkedHashMap<>();
    for (XliffFile f : read.files()) {
      boolean isLabels = f.id().equals(XliffFile.LABELS);
      KeyRule rule = isLabels ? KeyRule.LABELS : KeyRule.MESSAGES;
      for (XliffUnit unit : f.units()) {
        if (!rule.allows(unit.id()) || unit.id().startsWith("meta.")) {
          issues.add(located(lang, file, unit.line(), unit.id(), "unit id: " + rule.hint()));
          continue;
        }
        if (unit.target() == null || unit.target().isEmpty()) {
          untranslated++;
          continue;
        }
        if (isLabels) {
          labels.put(unit.id(), unit.target());
          continue;
        }
        messages.put(unit.id(), unit.target());
        sources.put(unit.id(), new Entry(unit.id(), unit.source(), file, unit.line()));
        targets.put(unit.id(), new Entry(unit.id(), unit.target(), file, unit.targetLine()));
      }
    }
    if (!lang.isEmpty() && !targets.isEmpty()) {
      Bundle source = new Bundle(Catalog.SOURCE_LANGUAGE, null, sources);
      Bundle target = new Bundle(lang, null, targets);
      issues.addAll(BundleChecks.check(target, source).errors());
    }
    if (!issues.isEmpty()) {
      issues.sort(Comparator.comparingInt(Issue::line));
      throw Errors.unreadableBundles(issues);
    }
    return new XliffImport(file, lang, messages, labels, untranslated);
  }

  /**
   * Merges the translations into a project's translations folder: {@code
   * messages_<lang>.properties} and {@code labels_<lang>.properties} (an existing {@code
   * messages_pt_BR.properties} is kept under its name). Keys already there are kept, imported ones
   * replace them, and the files are rewritten sorted by key with their {@code meta.status}; their
   * comments are not kept. Nothing is written when an existing file cannot be read.
   *
   * @return the files written; a kind with nothing imported is left alone
   * @throws TranslationsException when an existing file is malformed or a file cannot be written
   */
  public List<Written> writeTo(Path translations) {
    List<Planned> plan = new ArrayList<>();
    if (!messages.isEmpty()) {
      plan.add(plan(translations, KeyRule.MESSAGES, messages));
    }
    if (!labels.isEmpty()) {
      plan.add(plan(translations, KeyRule.LABELS, labels));
    }
    List<Written> written = new ArrayList<>();
    for (Planned p : plan) {
      write(p.file(), p.text());
      written.add(new Written(p.file(), p.imported(), p.entries()));
    }
    return List.copyOf(written);
  }

  private record Planned(Path file, String text, int imported, int entries) {}

  private Planned plan(Path translations, KeyRule rule, Map<String, String> imported) {
    Path file = BundleLoader.fileFor(translations, rule, language);
    Map<String, String> merged = new LinkedHashMap<>();
    String status = null;
    if (Files.exists(file)) {
      BundleReader.Result existing =
          BundleReader.read(language, file.toString(), BundleLoader.read(file), rule);
      if (!existing.issues().isEmpty()) {
        throw Errors.unreadableBundles(existing.issues());
      }
      existing.bundle().messages().values().forEach(e -> merged.put(e.key(), e.value()));
      status = existing.bundle().status() == null ? null : existing.bundle().status().value();
    }
    merged.putAll(imported);
    return new Planned(
        file, PropertiesWriter.write(HEADER, status, merged), imported.size(), merged.size());
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".import-", ".tmp");
      try {
        Files.writeString(temp, text);
        try {
          Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw Errors.cannotWrite(file, e);
    }
  }

  private static Issue located(String lang, String file, int line, String key, String message) {
    return new Issue(Severity.ERROR, lang, file, line, key, message);
  }
}
