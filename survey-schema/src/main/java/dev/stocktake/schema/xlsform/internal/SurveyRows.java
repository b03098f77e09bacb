package dev.stocktake.schema.xlsform.internal;

import dev.stocktake.schema.Choice;
import dev.stocktake.schema.ChoiceList;
import dev.stocktake.schema.Constraint;
import dev.stocktake.schema.Question;
import dev.stocktake.schema.QuestionType;
import dev.stocktake.schema.Section;
import dev.stocktake.schema.Text;
import dev.stocktake.schema.xlsform.internal.FormType.Kind;
import dev.stocktake.schema.xlsform.internal.RawSheet.RawRow;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Walks the survey sheet top to bottom: groups become sections, supported types become questions,
 * and every other row is noted with why. A Stocktake-written form's {@code group} question becomes
 * the stakeholder groups, and its relevant clauses become {@code applies_to}.
 */
final class SurveyRows {
  static final String GROUP_QUESTION = "group";
  static final String GROUP_LIST = "stakeholder_group";

  private static final String REPEATS =
      "repeats are not supported: a Stocktake question has one answer per respondent";

  private final FormTable table;
  private final ImportContext context;
  private final ChoiceRows choices;

  final List<Question> questions = new ArrayList<>();
  final List<Section> sections = new ArrayList<>();
  final List<ChoiceList> extraLists = new ArrayList<>();
  final Set<String> usedLists = new HashSet<>();
  ChoiceRows.Built groupList;

  private final Map<String, String> renames = new HashMap<>();
  private final Set<String> ids = new HashSet<>();
  private final Deque<String> groups = new ArrayDeque<>();
  private final List<String> metadata = new ArrayList<>();
  private String repeat;
  private int repeatDepth;

  SurveyRows(FormTable table, ImportContext context, ChoiceRows choices) {
    this.table = table;
    this.context = context;
    this.choices = choices;
  }

  void read() {
    for (RawRow row : table.rows()) {
      row(row);
    }
    if (repeatDepth > 0) {
      note(0, "", repeat, "the repeat is never closed with end repeat");
    }
    if (!groups.isEmpty()) {
      note(0, "", groups.peek(), "the group is never closed with end group");
    }
    if (!metadata.isEmpty()) {
      context.note(
          table.sheet(),
          0,
          "",
          String.join(", ", metadata),
          "survey-tool metadata, not a question: not mapped");
    }
  }

  private void row(RawRow row) {
    String typeCell = table.get(row, "type");
    String name = table.get(row, "name");
    if (typeCell.isEmpty()) {
      if (!name.isEmpty() || !table.texts(row, "label").isEmpty()) {
        note(row.number(), "type", name, "the row has no type: not mapped");
      }
      return;
    }
    FormType type = FormType.parse(typeCell);
    String column = "type " + type.name();
    if (repeatDepth > 0) {
      if (type.kind() == Kind.BEGIN_REPEAT) {
        repeatDepth++;
      } else if (type.kind() == Kind.END_REPEAT && --repeatDepth == 0) {
        return;
      }
      if (type.kind() == Kind.QUESTION || type.kind() == Kind.NOT_MAPPED) {
        note(row.number(), column, name, "inside repeat " + repeat + ": " + REPEATS);
      }
      return;
    }
    switch (type.kind()) {
      case BEGIN_REPEAT -> {
        repeat = name.isEmpty() ? "(unnamed)" : name;
        repeatDepth = 1;
        note(row.number(), column, name, REPEATS + "; its questions are not mapped either");
      }
      case END_REPEAT -> note(row.number(), column, "", "end without a begin repeat: ignored");
      case BEGIN_GROUP -> beginGroup(row, name);
      case END_GROUP -> {
        if (groups.isEmpty()) {
          note(row.number(), column, "", "end group without a begin group: ignored");
        } else {
          groups.pop();
        }
      }
      case METADATA -> metadata.add(name.isEmpty() ? type.name() : name);
      case NOT_MAPPED -> note(row.number(), column, name, "not mapped: " + type.reason());
      case QUESTION -> question(row, type, name, column);
    }
  }

  private void beginGroup(RawRow row, String name) {
    String written = name.isEmpty() ? "group_" + row.number() : name;
    String id = ImportContext.slug(written, "section");
    if (!groups.isEmpty()) {
      note(
          row.number(),
          "type begin group",
          name,
          "group nested in group "
              + groups.peek()
              + ": imported as a section of its own (Stocktake sections do not nest)");
    }
    if (!id.equals(name)) {
      note(row.number(), "type begin group", name, "section id " + id + " (ids are lower case)");
    }
    if (sections.stream().noneMatch(s -> s.id().equals(id))) {
      sections.add(new Section(id, context.text(table.texts(row, "label"))));
    }
    groups.push(id);
  }

  private void question(RawRow row, FormType type, String name, String column) {
    if (name.isEmpty()) {
      note(row.number(), column, "", "the question has no name: not mapped; give it a name");
      return;
    }
    ChoiceRows.Built list = null;
    if (type.list() != null) {
      list = choices.get(type.list());
      if (list == null) {
        note(
            row.number(),
            column + " " + type.list(),
            name,
            "not mapped: choice list " + type.list() + " is not on the choices sheet");
        return;
      }
    }
    if (name.equals(GROUP_QUESTION)
        && type.type() == QuestionType.SINGLE_CHOICE
        && groupList == null
        && ("groups".equals(list.builtin) || type.list().equals(GROUP_LIST))) {
      groupList = list;
      return;
    }
    String id = ImportContext.unique(ImportContext.slug(name, "q"), ids);
    renames.put(name, id);
    context.questionRow(id, row.number());
    if (!id.equals(name)) {
      note(
          row.number(),
          "name",
          name,
          "question id " + id + " (ids are lower case letters, digits and _)");
    }
    QuestionType qtype = type.type();
    String marker = table.get(row, "stocktake::type").toLowerCase(Locale.ROOT);
    String listId = list == null ? null : list.id;
    if (marker.equals("yes_no") && qtype == QuestionType.SINGLE_CHOICE) {
      qtype = QuestionType.YES_NO;
      listId = null;
    } else if (marker.equals("likert") && qtype == QuestionType.SINGLE_CHOICE) {
      qtype = QuestionType.LIKERT;
    }
    if (listId != null) {
      usedLists.add(listId);
    }
    if (type.orOther()) {
      listId = withOther(list, row, name);
    }
    Text label = context.text(table.texts(row, "label"));
    Map<String, String> hints = table.texts(row, "hint");
    Boolean required = required(row, name);
    List<String> appliesTo = new ArrayList<>();
    String relevant = relevant(row, name, appliesTo);
    Constraint constraint = constraint(row, name, qtype);
    String commitment = emptyToNull(table.get(row, "stocktake::commitment"));
    String publishCell = table.get(row, "stocktake::publish");
    Boolean publish =
        Booleans.isTrue(publishCell)
            ? Boolean.TRUE
            : Booleans.isFalse(publishCell) ? Boolean.FALSE : null;
    if (Booleans.isTrue(table.get(row, "read_only"))) {
      note(
          row.number(),
          "read_only",
          name,
          "read-only is not mapped: imported as a question respondents answer");
    }
    questions.add(
        new Question(
            id,
            groups.peek(),
            qtype,
            listId,
            label,
            hints.isEmpty() ? null : context.text(hints),
            required,
            appliesTo,
            relevant,
            constraint,
            commitment,
            publish,
            null));
    if (type.orOther()) {
      otherText(id, appliesTo);
    }
  }

  /** {@code or_other}: a copy of the list with an {@code other} choice, once per list. */
  private String withOther(ChoiceRows.Built list, RawRow row, String name) {
    String id = list.id + "_or_other";
    if (extraLists.stream().noneMatch(l -> l.id().equals(id))) {
      List<Choice> all = new ArrayList<>(list.choices);
      if (all.stream().noneMatch(c -> c.code().equals("other"))) {
        all.add(new Choice("other", context.ours("Other")));
      }
      extraLists.add(new ChoiceList(id, list.ordered, all));
    }
    usedLists.add(id);
    note(
        row.number(),
        "type or_other",
        name,
        "choice other added (list "
            + id
            + "); the text respondents write after choosing it is the text question "
            + renames.get(name)
            + "_other");
    return id;
  }

  private void otherText(String id, List<String> appliesTo) {
    String otherId = ImportContext.unique(id + "_other", ids);
    questions.add(
        new Question(
            otherId,
            groups.peek(),
            QuestionType.TEXT,
            null,
            context.ours("Specify other"),
            null,
            null,
            appliesTo,
            "selected(" + id + ", 'other')",
            null,
            null,
            null,
            null));
  }

  private Boolean required(RawRow row, String name) {
    String cell = table.get(row, "required");
    if (cell.isEmpty()) {
      return null;
    }
    if (Booleans.isTrue(cell)) {
      return Boolean.TRUE;
    }
    if (!Booleans.isFalse(cell)) {
      note(
          row.number(),
          "required " + cell,
          name,
          "required only under a condition is not supported: imported as not required");
    }
    return Boolean.FALSE;
  }

  private String relevant(RawRow row, String name, List<String> appliesTo) {
    String cell = table.get(row, "relevant");
    if (cell.isEmpty()) {
      return null;
    }
    String own = cell;
    if (groupList != null) {
      Optional<XlsExpressions.AppliesTo> split = XlsExpressions.appliesTo(cell);
      if (split.isPresent()) {
        List<String> known = groupList.choices.stream().map(Choice::code).toList();
        if (known.containsAll(split.get().groups())) {
          appliesTo.addAll(split.get().groups());
          own = split.get().relevant();
        }
      }
    }
    if (own == null) {
      return null;
    }
    Optional<String> expression =
        XlsExpressions.relevantFromForm(own, n -> renames.getOrDefault(n, n));
    if (expression.isEmpty()) {
      note(
          row.number(),
          "relevant " + own,
          name,
          "not mapped: Stocktake's skip logic cannot read this expression; the question is"
              + " asked of everyone");
      return null;
    }
    return expression.get();
  }

  private Constraint constraint(RawRow row, String name, QuestionType type) {
    String cell = table.get(row, "constraint");
    if (cell.isEmpty()) {
      return null;
    }
    XlsExpressions.ParsedConstraint parsed = XlsExpressions.constraintFromForm(cell, type);
    for (String term : parsed.unmapped()) {
      note(
          row.number(),
          "constraint " + term,
          name,
          "not mapped: Stocktake constraints are min/max (numbers, dates), pattern and"
              + " max_length (text)");
    }
    return parsed.constraint();
  }

  private void note(int row, String column, String name, String reason) {
    context.note(table.sheet(), row, column, name, reason);
  }

  private static String emptyToNull(String s) {
    return s.isEmpty() ? null : s;
  }

  /** Form names renamed to schema ids, for messages. */
  Map<String, String> renames() {
    return new LinkedHashMap<>(renames);
  }
}
