package dev.stocktake.translations.internal;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.text.PluralRules.PluralType;
import com.ibm.icu.util.ULocale;
import dev.stocktake.translations.Issue;
import dev.stocktake.translations.Issue.Severity;
import dev.stocktake.translations.LanguageCheck;
import dev.stocktake.translations.internal.MessageSyntax.Kind;
import dev.stocktake.translations.internal.MessageSyntax.Parsed;
import dev.stocktake.translations.internal.MessageSyntax.Plural;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The checks of one bundle against the source bundle, behind {@code TranslationsCheck}. */
public final class BundleChecks {
  private BundleChecks() {}

  /** Checks a bundle; when it is the source bundle itself, only its own messages are checked. */
  public static LanguageCheck check(Bundle bundle, Bundle source) {
    boolean isSource = bundle == source;
    ULocale locale = ULocale.forLanguageTag(bundle.lang());
    ULocale sourceLocale = ULocale.forLanguageTag(source.lang());
    String file = fileOf(bundle);
    List<Issue> issues = new ArrayList<>();
    if (bundle.statusValue().equals(Bundle.DRAFT)) {
      Entry status = bundle.status();
      issues.add(
          new Issue(
              Severity.WARNING,
              bundle.lang(),
              status.file(),
              status.line(),
              status.key(),
              "draft: machine-quality text that a native speaker must review before a report in"
                  + " this language is published; then set meta.status = translated"));
    }
    List<String> missing = new ArrayList<>();
    int translated = 0;
    for (Entry sourceEntry : source.messages().values()) {
      String key = sourceEntry.key();
      Entry entry = bundle.messages().get(key);
      if (entry == null) {
        missing.add(key);
        issues.add(
            new Issue(
                Severity.WARNING,
                bundle.lang(),
                file,
                0,
                key,
                "missing; reports show the "
                    + source.lang()
                    + " text ("
                    + sourceEntry.location()
                    + ") until it is translated"));
        continue;
      }
      translated++;
      MessageSyntax.Result own = MessageSyntax.parse(entry.value(), locale);
      if (own.error() != null) {
        issues.add(error(entry, bundle.lang(), "not a valid ICU message: " + own.error()));
        continue;
      }
      plurals(entry, bundle.lang(), locale, own.parsed(), issues);
      if (isSource) {
        continue;
      }
      MessageSyntax.Result theirs = MessageSyntax.parse(sourceEntry.value(), sourceLocale);
      if (theirs.error() == null) {
        placeholders(entry, bundle.lang(), own.parsed(), theirs.parsed(), source.lang(), issues);
      }
    }
    List<String> extra = new ArrayList<>();
    for (Entry entry : bundle.messages().values()) {
      if (!source.messages().containsKey(entry.key())) {
        extra.add(entry.key());
        issues.add(
            new Issue(
                Severity.WARNING,
                bundle.lang(),
                entry.file(),
                entry.line(),
                entry.key(),
                "not in the "
                    + source.lang()
                    + " bundle, so no report asks for it; check the key's spelling, or add the"
                    + " key to messages_"
                    + source.lang()
                    + ".properties"));
      }
    }
    return new LanguageCheck(
        bundle.lang(),
        isSource && bundle.status() == null ? Bundle.SOURCE : bundle.statusValue(),
        source.messages().size(),
        translated,
        missing,
        extra,
        issues);
  }

  private static void placeholders(
      Entry entry, String lang, Parsed own, Parsed source, String sourceLang, List<Issue> issues) {
    Set<String> ours = own.arguments().keySet();
    Set<String> theirs = source.arguments().keySet();
    Set<String> unknown = new TreeSet<>(ours);
    unknown.removeAll(theirs);
    Set<String> left = new TreeSet<>(theirs);
    left.removeAll(ours);
    if (!unknown.isEmpty() || !left.isEmpty()) {
      List<String> parts = new ArrayList<>();
      if (!unknown.isEmpty()) {
        parts.add(
            "uses " + braces(unknown) + ", which the " + sourceLang + " message does not have");
      }
      if (!left.isEmpty()) {
        parts.add("leaves out " + braces(left));
      }
      issues.add(
          error(
              entry,
              lang,
              String.join(" and ", parts)
                  + "; placeholders keep the "
                  + sourceLang
                  + " names: "
                  + (theirs.isEmpty() ? "(none)" : braces(new TreeSet<>(theirs)))));
      return;
    }
    for (Map.Entry<String, Set<Kind>> arg : source.arguments().entrySet()) {
      Set<Kind> want = arg.getValue();
      Set<Kind> got = own.arguments().get(arg.getKey());
      if (!want.equals(got)) {
        issues.add(
            new Issue(
                Severity.WARNING,
                lang,
                entry.file(),
                entry.line(),
                entry.key(),
                "shows {"
                    + arg.getKey()
                    + "} as "
                    + describe(got)
                    + " where the "
                    + sourceLang
                    + " message shows it as "
                    + describe(want)));
      }
    }
  }

  private static void plurals(
      Entry entry, String lang, ULocale locale, Parsed parsed, List<Issue> issues) {
    for (Plural plural : parsed.plurals()) {
      PluralRules rules =
          PluralRules.forLocale(
              locale, plural.ordinal() ? PluralType.ORDINAL : PluralType.CARDINAL);
      Set<String> categories = rules.getKeywords();
      for (String keyword : plural.keywords()) {
        if (!categories.contains(keyword)) {
          issues.add(
              warning(
                  entry,
                  lang,
                  "{"
                      + plural.argument()
                      + "}: the plural category \""
                      + keyword
                      + "\" never applies in "
                      + lang
                      + " (its categories are "
                      + String.join(", ", new TreeSet<>(categories))
                      + ")"));
        }
      }
      for (String category : new TreeSet<>(categories)) {
        if (category.equals("other") || plural.keywords().contains(category)) {
          continue;
        }
        Collection<Double> all = rules.getAllKeywordValues(category);
        if (all != null && plural.explicit().containsAll(all)) {
          continue;
        }
        Collection<Double> samples = rules.getSamples(category);
        if (samples == null || samples.isEmpty()) {
          continue; // the category is only for decimals, which counts are not
        }
        issues.add(
            warning(
                entry,
                lang,
                "{"
                    + plural.argument()
                    + "} has no \""
                    + category
                    + "\" form, which "
                    + lang
                    + " uses for "
                    + samples.stream()
                        .limit(4)
                        .map(d -> String.valueOf(d.longValue()))
                        .collect(Collectors.joining(", "))
                    + "…; the \"other\" form is shown instead"));
      }
    }
  }

  private static String describe(Set<Kind> kinds) {
    return kinds.stream()
        .map(
            k ->
                switch (k) {
                  case TEXT -> "text";
                  case NUMBER -> "a number";
                  case PERCENT -> "a percentage";
                  case DATE -> "a date";
                })
        .collect(Collectors.joining(" and "));
  }

  private static String braces(Collection<String> names) {
    return names.stream().map(n -> "{" + n + "}").collect(Collectors.joining(", "));
  }

  private static String fileOf(Bundle bundle) {
    if (bundle.status() != null) {
      return bundle.status().file();
    }
    return bundle.messages().values().stream()
        .findFirst()
        .map(Entry::file)
        .orElse("messages_" + bundle.lang() + ".properties");
  }

  private static Issue error(Entry entry, String lang, String message) {
    return new Issue(Severity.ERROR, lang, entry.file(), entry.line(), entry.key(), message);
  }

  private static Issue warning(Entry entry, String lang, String message) {
    return new Issue(Severity.WARNING, lang, entry.file(), entry.line(), entry.key(), message);
  }
}
