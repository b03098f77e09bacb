package dev.stocktake.schema.validate;

import dev.stocktake.schema.Problem;
import dev.stocktake.schema.Text;
import dev.stocktake.schema.io.FieldPath;
import dev.stocktake.schema.io.Loaded;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Collects the problems of one document in the order they are found, with shared checks. */
final class Collector {
  private final Loaded<?> document;
  private final List<Problem> problems = new ArrayList<>();

  Collector(Loaded<?> document) {
    this.document = document;
  }

  void add(FieldPath path, String message) {
    problems.add(document.problem(path, message));
  }

  List<Problem> problems() {
    return List.copyOf(problems);
  }

  /** Every declared language must have a non-blank text. */
  void textComplete(FieldPath path, Text text, List<String> languages) {
    for (String language : languages) {
      if (text.in(language).isEmpty()) {
        Object what =
            path.segments().isEmpty() ? "text" : path.segments().get(path.segments().size() - 1);
        add(path, what + " missing for language \"" + language + "\" (declared in languages)");
      }
    }
    for (String language : text.byLanguage().keySet()) {
      if (!languages.contains(language)) {
        add(
            path.field(language),
            "language \"" + language + "\" is not declared in languages " + languages);
      }
    }
  }

  void idPattern(FieldPath path, String id, Pattern pattern, String what) {
    if (!pattern.matcher(id).matches()) {
      add(path, what + " \"" + id + "\" must match " + pattern.pattern());
    }
  }

  /** Reports each id seen before; returns the set of all ids. */
  Set<String> unique(List<String> ids, FieldPath list, String idField, String what) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      if (!seen.add(ids.get(i))) {
        FieldPath at = idField.isEmpty() ? list.index(i) : list.index(i).field(idField);
        add(
            at,
            "duplicate "
                + what
                + " \""
                + ids.get(i)
                + "\" (first declared at "
                + list.index(ids.indexOf(ids.get(i)))
                + ")");
      }
    }
    return seen;
  }

  void languages(FieldPath path, List<String> languages) {
    if (languages.isEmpty()) {
      add(path, "declare at least one language, e.g. languages: [en]");
    }
    for (int i = 0; i < languages.size(); i++) {
      if (!Names.LANGUAGE.matcher(languages.get(i)).matches()) {
        add(
            path.index(i),
            "\"" + languages.get(i) + "\" is not a BCP 47 language tag such as en, fr or pt-BR");
      }
    }
    unique(languages, path, "", "language");
  }

  /** A charset name this Java runtime can decode, such as UTF-8, ISO-8859-1 or windows-1252. */
  void charset(FieldPath path, String name) {
    boolean supported;
    try {
      supported = java.nio.charset.Charset.isSupported(name);
    } catch (java.nio.charset.IllegalCharsetNameException e) {
      supported = false;
    }
    if (!supported) {
      add(
          path,
          "\""
              + name
              + "\" is not an encoding Stocktake can read; use a name such as UTF-8,"
              + " ISO-8859-1, windows-1252 or UTF-16");
    }
  }
}
