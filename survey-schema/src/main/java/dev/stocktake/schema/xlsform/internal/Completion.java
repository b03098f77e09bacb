package dev.stocktake.schema.xlsform.internal;

import dev.stocktake.schema.Choice;
import dev.stocktake.schema.ChoiceList;
import dev.stocktake.schema.Group;
import dev.stocktake.schema.Problem;
import dev.stocktake.schema.Question;
import dev.stocktake.schema.Section;
import dev.stocktake.schema.SurveySchema;
import dev.stocktake.schema.Text;
import dev.stocktake.schema.io.Loaded;
import dev.stocktake.schema.io.SourceMap;
import dev.stocktake.schema.validate.SchemaContext;
import dev.stocktake.schema.validate.SchemaValidator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes an imported schema one that validates: every text in every language (a missing translation
 * is copied from another language and counted), and skip logic or constraints that validation
 * rejects (e.g. naming a question that was not mapped) dropped with a note.
 */
final class Completion {
  private static final Pattern QUESTION_FIELD =
      Pattern.compile("questions\\[(\\d+)\\]\\.(relevant|constraint)(\\..*)?");

  private final ImportContext context;
  private final List<String> languages;
  private final Map<String, Integer> copied = new TreeMap<>();
  private int unlabelled;

  Completion(ImportContext context, List<String> languages) {
    this.context = context;
    this.languages = languages;
  }

  SurveySchema complete(SurveySchema s) {
    List<Group> groups =
        s.groups().stream().map(g -> new Group(g.id(), full(g.label(), g.id()))).toList();
    List<Section> sections =
        s.sections().stream().map(x -> new Section(x.id(), full(x.label(), x.id()))).toList();
    List<ChoiceList> lists = new ArrayList<>();
    for (ChoiceList list : s.choiceLists()) {
      lists.add(
          new ChoiceList(
              list.id(),
              list.ordered(),
              list.choices().stream()
                  .map(c -> new Choice(c.code(), full(c.label(), c.code())))
                  .toList()));
    }
    List<Question> questions = new ArrayList<>();
    for (Question q : s.questions()) {
      if (q.label().byLanguage().isEmpty()) {
        unlabelled++;
      }
      questions.add(
          with(
              q,
              full(q.label(), q.id()),
              q.hint() == null ? null : full(q.hint(), ""),
              q.relevant(),
              q.constraint() != null));
    }
    Text title = full(s.title(), s.survey());
    SurveySchema done =
        new SurveySchema(
            s.survey(),
            s.version(),
            s.round(),
            title,
            languages,
            s.framework(),
            groups,
            sections,
            lists,
            questions,
            s.retired());
    notes();
    return dropRejected(done);
  }

  private void notes() {
    if (unlabelled > 0) {
      context.note(
          "survey",
          0,
          "label",
          "",
          unlabelled
              + (unlabelled == 1 ? " question has" : " questions have")
              + " no label: the name is used; write labels in the schema");
    }
    copied.forEach(
        (language, n) ->
            context.note(
                "survey",
                0,
                "label::" + language,
                "",
                n
                    + (n == 1 ? " text has" : " texts have")
                    + " no "
                    + language
                    + " translation: the text of another language was copied; translate"
                    + (n == 1 ? " it" : " them")
                    + " in the schema"));
  }

  /** The text in exactly the schema's languages, copying from another language where missing. */
  private Text full(Text text, String fallback) {
    Map<String, String> out = new LinkedHashMap<>();
    String any =
        text.in(context.defaultLanguage)
            .orElseGet(
                () ->
                    languages.stream()
                        .map(text::in)
                        .flatMap(java.util.Optional::stream)
                        .findFirst()
                        .orElseGet(
                            () ->
                                text.byLanguage().values().stream().findFirst().orElse(fallback)));
    for (String language : languages) {
      String value = text.in(language).orElse(null);
      if (value == null) {
        value = any;
        if (!text.byLanguage().isEmpty()) {
          copied.merge(language, 1, Integer::sum);
        }
      }
      out.put(language, value);
    }
    return Text.of(out);
  }

  private SurveySchema dropRejected(SurveySchema schema) {
    List<Problem> problems =
        new SchemaValidator()
            .validate(new Loaded<>(context.file, schema, SourceMap.empty()), SchemaContext.none());
    List<Question> questions = new ArrayList<>(schema.questions());
    boolean changed = false;
    for (Problem problem : problems) {
      Matcher m = QUESTION_FIELD.matcher(problem.field());
      if (!m.matches()) {
        continue;
      }
      int index = Integer.parseInt(m.group(1));
      Question q = questions.get(index);
      boolean relevant = m.group(2).equals("relevant");
      if (relevant ? q.relevant() == null : q.constraint() == null) {
        continue;
      }
      context.note(
          "survey",
          context.questionRow(q.id()),
          m.group(2) + " " + (relevant ? q.relevant() : q.constraint().describe()),
          q.id(),
          "not mapped: " + problem.message());
      questions.set(index, with(q, q.label(), q.hint(), relevant ? null : q.relevant(), relevant));
      changed = true;
    }
    if (!changed) {
      return schema;
    }
    return new SurveySchema(
        schema.survey(),
        schema.version(),
        schema.round(),
        schema.title(),
        schema.languages(),
        schema.framework(),
        schema.groups(),
        schema.sections(),
        schema.choiceLists(),
        questions,
        schema.retired());
  }

  private static Question with(
      Question q, Text label, Text hint, String relevant, boolean keepConstraint) {
    return new Question(
        q.id(),
        q.section(),
        q.type(),
        q.choices(),
        label,
        hint,
        q.required(),
        q.appliesTo(),
        relevant,
        keepConstraint ? q.constraint() : null,
        q.commitment(),
        q.publish(),
        q.lineage());
  }
}
