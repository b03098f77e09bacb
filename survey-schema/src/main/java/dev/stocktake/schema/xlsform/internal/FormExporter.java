package dev.stocktake.schema.xlsform.internal;

import dev.stocktake.schema.Choice;
import dev.stocktake.schema.ChoiceList;
import dev.stocktake.schema.Group;
import dev.stocktake.schema.Lineage;
import dev.stocktake.schema.Question;
import dev.stocktake.schema.QuestionType;
import dev.stocktake.schema.Retired;
import dev.stocktake.schema.Section;
import dev.stocktake.schema.SurveySchema;
import dev.stocktake.schema.Text;
import dev.stocktake.schema.xlsform.XlsFormExport;
import dev.stocktake.schema.xlsform.internal.RawSheet.RawRow;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Lays a schema out as XLSForm sheets: standard columns for what XLSForm expresses, {@code
 * stocktake::} columns (which survey tools ignore) for the rest, a {@code group} question for the
 * stakeholder groups, and {@code applies_to} folded into that question's relevant clauses.
 */
public final class FormExporter {
  private static final Map<String, String[]> YES_NO =
      Map.of(
          "en", new String[] {"Yes", "No"},
          "fr", new String[] {"Oui", "Non"},
          "es", new String[] {"Sí", "No"},
          "ar", new String[] {"نعم", "لا"},
          "pt", new String[] {"Sim", "Não"},
          "de", new String[] {"Ja", "Nein"},
          "mi", new String[] {"Āe", "Kāo"});
  private static final Map<String, String> GROUP_LABEL =
      Map.of(
          "en", "Which stakeholder group does your organisation belong to?",
          "fr", "À quel groupe de parties prenantes votre organisation appartient-elle ?",
          "es", "¿A qué grupo de partes interesadas pertenece su organización?",
          "ar", "إلى أي مجموعة من أصحاب المصلحة تنتمي منظمتك؟");

  private final SurveySchema schema;
  private final List<String> languages;
  private final List<String> notCarried = new ArrayList<>();
  private final String yesNoList;

  public FormExporter(SurveySchema schema) {
    this.schema = schema;
    this.languages = schema.languages();
    this.yesNoList = schema.choiceList("yes_no").isPresent() ? "stocktake_yes_no" : "yes_no";
  }

  /** The sheets survey, choices and settings, each with its header as the first row. */
  public List<RawSheet> sheets() {
    return List.of(survey(), choices(), settings());
  }

  public XlsFormExport report() {
    return new XlsFormExport(
        schema.questions().size(), schema.choiceLists().size(), languages, notCarried);
  }

  /** Reasons the schema cannot be written at all, e.g. a question whose id the export needs. */
  public static String refusal(SurveySchema schema) {
    if (schema.question(SurveyRows.GROUP_QUESTION).isPresent()) {
      return "question id \"group\" is the stakeholder-group question of a written form; rename"
          + " the question";
    }
    if (schema.choiceList(SurveyRows.GROUP_LIST).isPresent()) {
      return "choice list id \""
          + SurveyRows.GROUP_LIST
          + "\" holds the stakeholder groups of a"
          + " written form; rename the list";
    }
    if (schema.languages().isEmpty()) {
      return "the schema declares no languages";
    }
    return null;
  }

  private RawSheet survey() {
    boolean hints = schema.questions().stream().anyMatch(q -> q.hint() != null);
    List<String> header = new ArrayList<>(List.of("type", "name"));
    languages.forEach(l -> header.add("label::" + Languages.headerName(l)));
    if (hints) {
      languages.forEach(l -> header.add("hint::" + Languages.headerName(l)));
    }
    header.addAll(
        List.of(
            "required",
            "relevant",
            "constraint",
            "stocktake::type",
            "stocktake::commitment",
            "stocktake::publish"));
    List<List<String>> rows = new ArrayList<>();
    rows.add(header);
    Text groupLabel = Text.of(byLanguage(l -> GROUP_LABEL.getOrDefault(l, GROUP_LABEL.get("en"))));
    rows.add(
        row(
            header.size(),
            "select_one " + SurveyRows.GROUP_LIST,
            SurveyRows.GROUP_QUESTION,
            groupLabel,
            null,
            "yes",
            "",
            "",
            "",
            "",
            "",
            hints));
    Set<String> ids = schema.questions().stream().map(Question::id).collect(Collectors.toSet());
    String open = null;
    Set<String> opened = new LinkedHashSet<>();
    for (Question q : schema.questions()) {
      if (!Objects.equals(open, q.section())) {
        if (open != null) {
          rows.add(row(header.size(), "end group", "", null, null, "", "", "", "", "", "", hints));
        }
        if (q.section() != null) {
          if (!opened.add(q.section())) {
            notCarried.add(
                "section "
                    + q.section()
                    + " is split by other questions: the form has"
                    + " two groups of that name, which some survey tools refuse");
          }
          rows.add(beginGroup(header.size(), q.section(), hints));
        }
        open = q.section();
      }
      rows.add(question(header.size(), q, ids, hints));
      lineage(q);
    }
    if (open != null) {
      rows.add(row(header.size(), "end group", "", null, null, "", "", "", "", "", "", hints));
    }
    for (Section section : schema.sections()) {
      if (!opened.contains(section.id())) {
        rows.add(beginGroup(header.size(), section.id(), hints));
        rows.add(row(header.size(), "end group", "", null, null, "", "", "", "", "", "", hints));
      }
    }
    for (Retired retired : schema.retired()) {
      notCarried.add("retired question " + retired.id());
    }
    return sheet("survey", rows);
  }

  private List<String> beginGroup(int width, String section, boolean hints) {
    Text label =
        schema.sections().stream()
            .filter(s -> s.id().equals(section))
            .findFirst()
            .map(Section::label)
            .orElse(Text.of(null));
    return row(width, "begin group", section, label, null, "", "", "", "", "", "", hints);
  }

  private List<String> question(int width, Question q, Set<String> ids, boolean hints) {
    String type =
        switch (q.type()) {
          case SINGLE_CHOICE, LIKERT -> "select_one " + q.choices();
          case MULTI_CHOICE -> "select_multiple " + q.choices();
          case YES_NO -> "select_one " + yesNoList;
          default -> q.type().fileName();
        };
    String marker =
        q.type() == QuestionType.LIKERT || q.type() == QuestionType.YES_NO
            ? q.type().fileName()
            : "";
    String own = q.relevant() == null ? null : XlsExpressions.relevantToForm(q.relevant(), ids);
    if (q.relevant() != null && q.relevant().matches("(?s).*\\bnot\\s+[^(\\s].*")) {
      notCarried.add(
          "relevant of "
              + q.id()
              + " uses not without parentheses, which XLSForm"
              + " tools do not read: write not(...) in the schema");
    }
    String relevant = XlsExpressions.appliesToForm(q.appliesTo(), own);
    String constraint = XlsExpressions.constraintToForm(q.constraint(), q.type());
    return row(
        width,
        type,
        q.id(),
        q.label(),
        q.hint(),
        yesNo(q.required()),
        relevant == null ? "" : relevant,
        constraint == null ? "" : constraint,
        marker,
        q.commitment() == null ? "" : q.commitment(),
        yesNo(q.publish()),
        hints);
  }

  private void lineage(Question q) {
    Lineage lineage = q.lineage();
    if (lineage == null) {
      return;
    }
    String what =
        switch (lineage.kind()) {
          case NEW -> "new";
          case FROM ->
              "from version " + lineage.from().version() + " question " + lineage.from().id();
          case SPLIT ->
              "split from version "
                  + lineage.splitFrom().version()
                  + " question "
                  + lineage.splitFrom().id();
          case MERGED ->
              "merged from "
                  + lineage.mergedFrom().stream()
                      .map(m -> "version " + m.version() + " question " + m.id())
                      .collect(Collectors.joining(" and "));
          case NONE -> "empty";
        };
    notCarried.add(
        "lineage of "
            + q.id()
            + " ("
            + what
            + (lineage.recode().isEmpty() ? "" : ", with a recode")
            + ")");
  }

  private List<String> row(
      int width,
      String type,
      String name,
      Text label,
      Text hint,
      String required,
      String relevant,
      String constraint,
      String marker,
      String commitment,
      String publish,
      boolean hints) {
    List<String> row = new ArrayList<>(List.of(type, name));
    languages.forEach(l -> row.add(label == null ? "" : label.in(l).orElse("")));
    if (hints) {
      languages.forEach(l -> row.add(hint == null ? "" : hint.in(l).orElse("")));
    }
    row.addAll(List.of(required, relevant, constraint, marker, commitment, publish));
    assert row.size() == width;
    return row;
  }

  private RawSheet choices() {
    List<String> header = new ArrayList<>(List.of("list_name", "name"));
    languages.forEach(l -> header.add("label::" + Languages.headerName(l)));
    header.addAll(List.of("stocktake::ordered", "stocktake::builtin"));
    List<List<String>> rows = new ArrayList<>();
    rows.add(header);
    for (ChoiceList list : schema.choiceLists()) {
      for (Choice choice : list.choices()) {
        rows.add(choice(list.id(), choice.code(), choice.label(), list.ordered() ? "yes" : "", ""));
      }
    }
    if (schema.questions().stream().anyMatch(q -> q.type() == QuestionType.YES_NO)) {
      for (int i = 0; i < 2; i++) {
        int index = i;
        Text label = Text.of(byLanguage(l -> YES_NO.getOrDefault(l, YES_NO.get("en"))[index]));
        rows.add(choice(yesNoList, i == 0 ? "yes" : "no", label, "", "yes_no"));
      }
    }
    for (Group group : schema.groups()) {
      rows.add(choice(SurveyRows.GROUP_LIST, group.id(), group.label(), "", "groups"));
    }
    return sheet("choices", rows);
  }

  private List<String> choice(
      String list, String code, Text label, String ordered, String builtin) {
    List<String> row = new ArrayList<>(List.of(list, code));
    languages.forEach(l -> row.add(label.in(l).orElse("")));
    row.addAll(List.of(ordered, builtin));
    return row;
  }

  private RawSheet settings() {
    List<String> header =
        new ArrayList<>(
            List.of(
                "form_id",
                "version",
                "form_title",
                "default_language",
                "stocktake::round",
                "stocktake::framework"));
    languages.forEach(l -> header.add("stocktake::title::" + Languages.headerName(l)));
    List<String> values =
        new ArrayList<>(
            List.of(
                schema.survey(),
                String.valueOf(schema.version()),
                schema.title().in(languages.get(0)).orElse(""),
                Languages.headerName(languages.get(0)),
                schema.round() == null ? "" : schema.round(),
                schema.framework() == null ? "" : schema.framework()));
    languages.forEach(l -> values.add(schema.title().in(l).orElse("")));
    return sheet("settings", List.of(header, values));
  }

  private Map<String, String> byLanguage(java.util.function.Function<String, String> text) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    languages.forEach(l -> out.put(l, text.apply(l)));
    return out;
  }

  private static String yesNo(Boolean value) {
    return value == null ? "" : value ? "yes" : "no";
  }

  private static RawSheet sheet(String name, List<List<String>> rows) {
    List<RawRow> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      out.add(new RawRow(i + 1, rows.get(i)));
    }
    return new RawSheet(name, out);
  }
}
