package dev.stocktake.reports.model;

import dev.stocktake.schema.Choice;
import dev.stocktake.schema.ChoiceList;
import dev.stocktake.schema.Group;
import dev.stocktake.schema.Question;
import dev.stocktake.schema.SurveySchema;
import dev.stocktake.schema.Text;
import dev.stocktake.schema.codebook.Codebook;
import dev.stocktake.schema.codebook.Theme;
import dev.stocktake.schema.framework.Framework;
import dev.stocktake.schema.framework.FrameworkItem;
import dev.stocktake.schema.project.Project;
import dev.stocktake.schema.project.ProjectConfig;
import dev.stocktake.schema.project.RoundConfig;
import dev.stocktake.translations.LabelOverrides;
import dev.stocktake.translations.Messages;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The names a report shows for what findings.json holds as ids — questions, stakeholder groups,
 * choices, framework items, rounds, regions — in one language, from the newest survey schema, the
 * framework and stocktake.yaml. A name missing in the language falls back to the project's source
 * language, and the fallback is remembered so the report's data notes can list it. A report never
 * shows a bare id unless no language names it. Every name is {@link UserText} without bidi
 * controls, so that none can reorder the sentence it is set in.
 */
public final class Labels {
  private final String language;
  private final String source;
  private final ProjectConfig project;
  private final SurveySchema newest;
  private final Framework framework;
  private final Set<String> fallbacks = new LinkedHashSet<>();
  private final Messages messages;
  private final LabelOverrides overrides;
  private final List<Codebook> codebooks;

  public Labels(String language, ProjectConfig project, SurveySchema newest, Framework framework) {
    this(language, project, newest, framework, null, LabelOverrides.none());
  }

  /**
   * Labels that name the built-in yes/no answers with the report language's words ({@code
   * report.answer.yes}, {@code report.answer.no}), which schemas do not label.
   */
  public Labels(
      String language,
      ProjectConfig project,
      SurveySchema newest,
      Framework framework,
      Messages messages,
      LabelOverrides overrides) {
    this(language, project, newest, framework, messages, overrides, List.of());
  }

  /** Labels that also name the themes of the project's codebooks. */
  public Labels(
      String language,
      ProjectConfig project,
      SurveySchema newest,
      Framework framework,
      Messages messages,
      LabelOverrides overrides,
      List<Codebook> codebooks) {
    this.messages = messages;
    this.overrides = overrides;
    this.codebooks = List.copyOf(codebooks);
    this.language = language;
    this.source = project.sourceLanguage();
    this.project = project;
    this.newest = newest;
    this.framework = framework;
  }

  /** The labels of a project in one language, from its newest schema, framework and overrides. */
  public static Labels of(
      Project project, String language, Messages messages, LabelOverrides overrides) {
    return new Labels(
        language,
        project.config(),
        project.newestSchema(),
        project.framework().orElse(null),
        messages,
        overrides,
        project.codebooks());
  }

  public String language() {
    return language;
  }

  /** What was shown in the source language because this one lacks it, as "kind id" entries. */
  public Set<String> fallbacks() {
    return Set.copyOf(fallbacks);
  }

  /**
   * A label in the report language: the project's override, else the schema's text; failing both,
   * the source language's, noted as a fallback.
   */
  private String pick(Text text, String what, String id) {
    Optional<String> own = overrides.label(language, what, id).or(() -> text.in(language));
    if (own.isPresent()) {
      return UserText.withoutBidiControls(own.get());
    }
    String other = overrides.label(source, what, id).orElseGet(() -> text.inOr(source, source));
    if (other.isEmpty()) {
      return id;
    }
    fallbacks.add(what + " " + id);
    return UserText.withoutBidiControls(other);
  }

  public String title() {
    return pick(project.title(), "title", project.project());
  }

  public String question(String id) {
    return newest.question(id).map(q -> pick(q.label(), "question", id)).orElse(id);
  }

  public String group(String id) {
    return newest.groups().stream()
        .filter(g -> g.id().equals(id))
        .findFirst()
        .map((Group g) -> pick(g.label(), "group", id))
        .orElse(id);
  }

  public String round(String id) {
    return project.round(id).map((RoundConfig r) -> pick(r.label(), "round", id)).orElse(id);
  }

  /** A choice of a question; an old answer standing for several codes ("a|b") as "A / B". */
  public String choice(String question, String code) {
    Optional<ChoiceList> list = newest.question(question).flatMap(newest::choicesOf);
    if (messages != null && list.filter(l -> l == ChoiceList.YES_NO).isPresent()) {
      return Arrays.stream(code.split("\\|"))
          .map(c -> ChoiceList.YES_NO.has(c) ? messages.format("report.answer." + c) : c)
          .collect(Collectors.joining(" / "));
    }
    return Arrays.stream(code.split("\\|"))
        .map(
            c ->
                list.flatMap(l -> l.choice(c))
                    .map(choice -> choiceLabel(question, list.get().id(), choice))
                    .orElse(c))
        .collect(Collectors.joining(" / "));
  }

  /**
   * A choice's label: the project's override for this question, else its override for the whole
   * choice list (one line covers every question asking it), else the schema's.
   */
  private String choiceLabel(String question, String list, Choice choice) {
    String id = question + "." + choice.code();
    Optional<String> forList = overrides.label(language, "choice", list + "." + choice.code());
    if (overrides.label(language, "choice", id).isEmpty() && forList.isPresent()) {
      return UserText.withoutBidiControls(forList.get());
    }
    return pick(choice.label(), "choice", id);
  }

  /**
   * A choice code known only by itself (a commitment's implementation level): named by the first
   * choice list of the schema that has it.
   */
  public String choice(String code) {
    Optional<Question> asking =
        newest.questions().stream()
            .filter(q -> newest.choicesOf(q).filter(l -> l.has(code)).isPresent())
            .findFirst();
    if (asking.isPresent()) {
      return choice(asking.get().id(), code);
    }
    return newest.choiceLists().stream()
        .filter(l -> l.has(code))
        .findFirst()
        .flatMap(l -> l.choice(code))
        .map(c -> pick(c.label(), "choice", code))
        .orElse(code);
  }

  /** A region code, named by the schema's choice list called "region" when there is one. */
  public String region(String code) {
    return newest
        .choiceList("region")
        .flatMap(l -> l.choice(code))
        .map(c -> pick(c.label(), "region", code))
        .orElse(code);
  }

  public String item(String id) {
    if (framework == null) {
      return id;
    }
    return framework.item(id).map((FrameworkItem i) -> pick(i.text(), "item", id)).orElse(id);
  }

  /** A section of the newest schema, by its label. */
  public String section(String id) {
    return newest.sections().stream()
        .filter(x -> x.id().equals(id))
        .findFirst()
        .map(x -> pick(x.label(), "section", id))
        .orElse(id);
  }

  /** A theme of a codebook, by its label. */
  public String theme(String codebook, String theme) {
    return codebooks.stream()
        .filter(c -> c.codebook().equals(codebook))
        .findFirst()
        .flatMap(c -> c.theme(theme))
        .map((Theme t) -> pick(t.label(), "theme", codebook + "." + theme))
        .orElse(theme);
  }

  /** The newest schema: question order, sections and choice lists. */
  public SurveySchema schema() {
    return newest;
  }

  /** The question's type in the newest schema, e.g. for choosing how to chart it. */
  public Optional<Question> questionOf(String id) {
    return newest.question(id);
  }
}
