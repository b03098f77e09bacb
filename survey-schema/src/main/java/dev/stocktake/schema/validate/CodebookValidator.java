package dev.stocktake.schema.validate;

import dev.stocktake.schema.Problem;
import dev.stocktake.schema.Question;
import dev.stocktake.schema.QuestionType;
import dev.stocktake.schema.Section;
import dev.stocktake.schema.SurveySchema;
import dev.stocktake.schema.codebook.Codebook;
import dev.stocktake.schema.codebook.Rules;
import dev.stocktake.schema.codebook.Theme;
import dev.stocktake.schema.io.FieldPath;
import dev.stocktake.schema.io.Loaded;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks a codebook and reports every problem in one pass: its name, languages, the questions it
 * codes (through a {@link CodebookContext}), campaign settings, and its themes: ids, parents,
 * labels per language and the rules that find them.
 */
public final class CodebookValidator {

  private static final FieldPath THEMES = FieldPath.of("themes");

  public List<Problem> validate(Loaded<Codebook> document, CodebookContext context) {
    Collector out = new Collector(document);
    Codebook codebook = document.value();
    name(out, document);
    if (codebook.version() < 1) {
      out.add(FieldPath.of("version"), "version must be 1 or more, not " + codebook.version());
    }
    languages(out, codebook, context);
    out.textComplete(FieldPath.of("title"), codebook.title(), codebook.languages());
    questions(out, codebook, context);
    campaigns(out, codebook.campaigns());
    themes(out, codebook);
    return out.problems();
  }

  private static void name(Collector out, Loaded<Codebook> document) {
    Path name = Path.of(document.file()).getFileName();
    String stem = name == null ? "" : name.toString().replaceFirst("\\.(ya?ml|json)$", "");
    if (!stem.equals(document.value().codebook())) {
      out.add(
          FieldPath.of("codebook"),
          "codebook is \""
              + document.value().codebook()
              + "\" but the file is named "
              + name
              + "; reports find a codebook by its file name, so they must agree");
    }
  }

  private static void languages(Collector out, Codebook codebook, CodebookContext context) {
    FieldPath languages = FieldPath.of("languages");
    out.languages(languages, codebook.languages());
    Optional<List<String>> declared = context.projectLanguages();
    for (int i = 0; declared.isPresent() && i < codebook.languages().size(); i++) {
      String language = codebook.languages().get(i);
      if (!declared.get().contains(language)) {
        out.add(
            languages.index(i),
            "language \""
                + language
                + "\" is not declared in the project's languages "
                + declared.get()
                + " (stocktake.yaml); declare it there or leave it out here");
      }
    }
  }

  private static void sections(Collector out, Codebook codebook, CodebookContext context) {
    FieldPath sections = FieldPath.of("sections");
    out.unique(codebook.sections(), sections, "", "section");
    Optional<SurveySchema> schema = context.newestSchema();
    for (int i = 0; schema.isPresent() && i < codebook.sections().size(); i++) {
      String id = codebook.sections().get(i);
      if (codebook.sections().indexOf(id) < i) {
        continue; // reported as a duplicate
      }
      List<String> declared = schema.get().sections().stream().map(Section::id).toList();
      if (!declared.contains(id)) {
        out.add(
            sections.index(i),
            "section \""
                + id
                + "\" is not in the newest schema (survey \""
                + schema.get().survey()
                + "\" version "
                + schema.get().version()
                + ")"
                + Names.suggestion(id, declared));
      } else if (schema.get().questions().stream()
          .noneMatch(q -> id.equals(q.section()) && q.type() == QuestionType.TEXT)) {
        out.add(
            sections.index(i),
            "section \"" + id + "\" has no text question; a codebook codes text questions only");
      }
    }
  }

  private static void questions(Collector out, Codebook codebook, CodebookContext context) {
    FieldPath questions = FieldPath.of("questions");
    if (codebook.questions().isEmpty() && codebook.sections().isEmpty()) {
      out.add(
          questions,
          "list the text questions this codebook codes, e.g. questions: [comments], or the"
              + " sections whose text questions it codes, e.g. sections: [crisis_response]");
    }
    sections(out, codebook, context);
    out.unique(codebook.questions(), questions, "", "question");
    Optional<SurveySchema> schema = context.newestSchema();
    for (int i = 0; schema.isPresent() && i < codebook.questions().size(); i++) {
      String id = codebook.questions().get(i);
      Optional<Question> question = schema.get().question(id);
      if (question.isEmpty()) {
        out.add(
            questions.index(i),
            "question \""
                + id
                + "\" is not in the newest schema (survey \""
                + schema.get().survey()
                + "\" version "
                + schema.get().version()
                + ")"
                + Names.suggestion(
                    id, schema.get().questions().stream().map(Question::id).toList()));
      } else if (question.get().type() != QuestionType.TEXT) {
        out.add(
            questions.index(i),
            "question \""
                + id
                + "\" is a "
                + question.get().type().fileName()
                + " question; a codebook codes text questions only");
      }
    }
  }

  private static void campaigns(Collector out, Codebook.Campaigns campaigns) {
    FieldPath at = FieldPath.of("campaigns");
    if (campaigns.minSize() < 2) {
      out.add(
          at.field("min_size"),
          "min_size must be 2 or more, not "
              + campaigns.minSize()
              + ": a campaign is the same answer from several respondents");
    }
    double similarity = campaigns.similarity();
    if (!(similarity > 0 && similarity <= 1)) {
      out.add(
          at.field("similarity"),
          "similarity must be above 0 and at most 1 (1: identical answers only), not "
              + campaigns.similarity());
    }
  }

  private static void themes(Collector out, Codebook codebook) {
    List<Theme> themes = codebook.themes();
    if (themes.isEmpty()) {
      out.add(THEMES, "list at least one theme");
    }
    List<String> ids = themes.stream().map(Theme::id).toList();
    out.unique(ids, THEMES, "id", "theme id");
    Set<String> parents = new HashSet<>();
    themes.forEach(t -> parents.add(t.parent()));
    Set<String> inReportedCycle = new HashSet<>();
    for (int i = 0; i < themes.size(); i++) {
      Theme theme = themes.get(i);
      FieldPath at = THEMES.index(i);
      out.idPattern(at.field("id"), theme.id(), Names.ID, "theme id");
      out.textComplete(at.field("label"), theme.label(), codebook.languages());
      if (theme.parent() != null) {
        parent(out, codebook, i, inReportedCycle);
      }
      rules(out, codebook, theme, at);
      boolean anyRules = theme.rules().values().stream().anyMatch(r -> !r.isEmpty());
      if (!anyRules && !parents.contains(theme.id())) {
        out.add(
            at.field("rules"),
            "theme \""
                + theme.id()
                + "\" has no rules in any language and no child themes, so no answer can have it;"
                + " give it keywords, phrases or patterns");
      }
    }
  }

  /** An unknown parent, or the first theme of a parent cycle (each cycle is reported once). */
  private static void parent(Collector out, Codebook codebook, int index, Set<String> reported) {
    Theme theme = codebook.themes().get(index);
    FieldPath at = THEMES.index(index).field("parent");
    if (codebook.theme(theme.parent()).isEmpty()) {
      out.add(
          at,
          "parent \""
              + theme.parent()
              + "\" is not a theme of this codebook"
              + Names.suggestion(
                  theme.parent(), codebook.themes().stream().map(Theme::id).toList()));
      return;
    }
    List<String> chain = new ArrayList<>(List.of(theme.id()));
    for (Optional<Theme> next = codebook.theme(theme.parent());
        next.isPresent();
        next =
            next.flatMap(t -> t.parent() == null ? Optional.empty() : codebook.theme(t.parent()))) {
      chain.add(next.get().id());
      if (next.get().id().equals(theme.id())) {
        if (reported.add(theme.id())) {
          reported.addAll(chain);
          out.add(
              at,
              "parent \""
                  + theme.parent()
                  + "\" makes a cycle ("
                  + String.join(" → ", chain)
                  + "); a theme cannot be its own ancestor");
        }
        return;
      }
      if (chain.indexOf(next.get().id()) < chain.size() - 1) {
        return; // a cycle above this theme, reported at one of its own themes
      }
    }
  }

  private static void rules(Collector out, Codebook codebook, Theme theme, FieldPath at) {
    // Jackson's map keeps no order; report languages alphabetically so runs agree.
    for (Map.Entry<String, Rules> entry : new TreeMap<>(theme.rules()).entrySet()) {
      String language = entry.getKey();
      FieldPath rules = at.field("rules").field(language);
      if (!codebook.languages().contains(language)) {
        out.add(
            rules,
            "language \"" + language + "\" is not declared in languages " + codebook.languages());
      }
      Rules r = entry.getValue();
      notBlank(out, rules.field("keywords"), r.keywords(), "an empty keyword matches nothing");
      notBlank(out, rules.field("phrases"), r.phrases(), "an empty phrase matches nothing");
      for (int p = 0; p < r.patterns().size(); p++) {
        String pattern = r.patterns().get(p);
        try {
          Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
          out.add(
              rules.field("patterns").index(p),
              quoted(pattern)
                  + " is not a valid regular expression: "
                  + e.getDescription()
                  + (e.getIndex() >= 0 ? " near index " + e.getIndex() : ""));
        }
      }
      notBlank(out, rules.field("exclude"), r.exclude(), "an empty exclusion vetoes nothing");
    }
  }

  private static void notBlank(Collector out, FieldPath list, List<String> words, String problem) {
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i) == null || words.get(i).isBlank()) {
        out.add(list.index(i), problem + "; remove it or fill it in");
      }
    }
  }

  /** A double-quoted YAML string of {@code text}: what the author would write in the file. */
  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
