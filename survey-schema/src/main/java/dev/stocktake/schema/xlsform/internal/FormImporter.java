package dev.stocktake.schema.xlsform.internal;

import dev.stocktake.schema.ChoiceList;
import dev.stocktake.schema.Group;
import dev.stocktake.schema.SurveySchema;
import dev.stocktake.schema.Text;
import dev.stocktake.schema.xlsform.XlsFormImport;
import dev.stocktake.schema.xlsform.internal.RawSheet.RawRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Maps a form's sheets to a survey schema: settings, languages, choice lists and the survey rows,
 * then fills what a valid schema needs and the form lacks (groups, missing translations) and drops
 * skip logic the schema's validation rejects, noting each change.
 */
public final class FormImporter {
  private static final Set<String> SHEETS = Set.of("survey", "choices", "settings");

  private final String file;
  private final String stem;
  private final int fallbackVersion;

  /**
   * @param file the form's name as messages show it
   * @param stem the file name without extension, the survey id when settings have no form_id
   * @param fallbackVersion the version to use when settings have none, or 0 for 1
   */
  public FormImporter(String file, String stem, int fallbackVersion) {
    this.file = file;
    this.stem = stem;
    this.fallbackVersion = fallbackVersion;
  }

  public XlsFormImport read(List<RawSheet> sheets) {
    Map<String, RawSheet> byName = new LinkedHashMap<>();
    List<String> ignored = new ArrayList<>();
    for (RawSheet sheet : sheets) {
      String key = sheet.name().strip().toLowerCase(Locale.ROOT);
      if (SHEETS.contains(key) && !byName.containsKey(key)) {
        byName.put(key, sheet);
      } else {
        ignored.add(sheet.name());
      }
    }
    if (!byName.containsKey("survey")) {
      throw FormErrors.file(
          file,
          "no survey sheet: an XLSForm has a sheet named survey (and usually choices and"
              + " settings); "
              + (sheets.isEmpty()
                  ? "this file has none"
                  : "the sheets are: "
                      + String.join(", ", sheets.stream().map(RawSheet::name).toList())),
          null);
    }
    FormTable survey = FormTable.of("survey", byName.get("survey"), Map.of());
    if (!survey.has("type")) {
      throw FormErrors.at(
          file,
          survey.sheet(),
          survey.headerRow(),
          0,
          "",
          "no type column in the header row"
              + (survey.headerRow() > 0 ? "" : " (the sheet is empty)")
              + "; the survey sheet's first row names its columns: type, name, label");
    }
    FormTable choices =
        byName.containsKey("choices")
            ? FormTable.of("choices", byName.get("choices"), Map.of("value", "name"))
            : null;
    Settings settings = Settings.read(byName.get("settings"));
    ImportContext context = new ImportContext(file, settings.defaultLanguage());
    for (String sheet : ignored) {
      context.note(
          sheet, 0, "", "", "sheet not read: Stocktake reads survey, choices and settings");
    }
    Set<String> translated = Set.of("label", "hint");
    context.learnLanguages(survey, translated);
    if (choices != null) {
      context.learnLanguages(choices, translated);
    }
    if (settings.table() != null) {
      context.learnLanguages(settings.table(), Set.of("stocktake::title"));
    }
    ChoiceRows lists = ChoiceRows.read(choices, context);
    SurveyRows rows = new SurveyRows(survey, context, lists);
    rows.read();

    List<ChoiceList> choiceLists = new ArrayList<>();
    for (ChoiceRows.Built list : lists.all()) {
      if (list.builtin.isEmpty() && list != rows.groupList) {
        choiceLists.add(list.toList());
      }
    }
    choiceLists.addAll(rows.extraLists);
    List<Group> groups = groups(rows, context);
    List<String> languages = context.languages();
    if (languages.isEmpty()) {
      languages = List.of(settings.defaultLanguage());
    }
    SurveySchema schema =
        new SurveySchema(
            settings.formId().isEmpty() ? stem : settings.formId(),
            version(settings, context),
            settings.round(),
            settings.title(context),
            languages,
            settings.framework(),
            groups,
            rows.sections,
            choiceLists,
            rows.questions,
            List.of());
    schema = new Completion(context, languages).complete(schema);
    return new XlsFormImport(schema, context.notes());
  }

  private List<Group> groups(SurveyRows rows, ImportContext context) {
    if (rows.groupList == null) {
      context.note(
          "survey",
          0,
          "",
          "",
          "the form has no question named group (select_one "
              + SurveyRows.GROUP_LIST
              + "): one stakeholder group, respondents, was added; declare the real groups in"
              + " the schema");
      return List.of(new Group("respondents", context.ours("Respondents")));
    }
    return rows.groupList.choices.stream().map(c -> new Group(c.code(), c.label())).toList();
  }

  private int version(Settings settings, ImportContext context) {
    int fallback = fallbackVersion > 0 ? fallbackVersion : 1;
    String written = settings.version();
    if (written.matches("\\d{1,9}") && Integer.parseInt(written) > 0) {
      return Integer.parseInt(written);
    }
    context.note(
        "settings",
        settings.row(),
        written.isEmpty() ? "" : "version " + written,
        "",
        (written.isEmpty() ? "no version" : "the version is not a whole number")
            + ": version "
            + fallback
            + " used; pass --version N to choose another");
    return fallback;
  }

  /** The settings row: form_id, version, form_title, default_language and Stocktake's extras. */
  record Settings(FormTable table, RawRow values) {
    static Settings read(RawSheet sheet) {
      if (sheet == null) {
        return new Settings(null, null);
      }
      FormTable table = FormTable.of("settings", sheet, Map.of());
      return new Settings(table, table.rows().isEmpty() ? null : table.rows().get(0));
    }

    String get(String key) {
      return values == null ? "" : table.get(values, key);
    }

    int row() {
      return values == null ? 0 : values.number();
    }

    String formId() {
      return get("form_id");
    }

    String version() {
      return get("version");
    }

    String round() {
      return get("stocktake::round").isEmpty() ? null : get("stocktake::round");
    }

    String framework() {
      return get("stocktake::framework").isEmpty() ? null : get("stocktake::framework");
    }

    String defaultLanguage() {
      String written = get("default_language");
      return written.isEmpty() ? "en" : Languages.tagOf(written).orElse(Languages.standIn(written));
    }

    Text title(ImportContext context) {
      if (values != null) {
        Map<String, String> titles = table.texts(values, "stocktake::title");
        if (!titles.isEmpty()) {
          return context.text(titles);
        }
      }
      String title = get("form_title");
      return title.isEmpty() ? Text.of(null) : Text.of(Map.of(defaultLanguage(), title));
    }
  }
}
