package dev.stocktake.etl.ingest.internal;

import dev.stocktake.etl.ingest.ExportFormat;
import dev.stocktake.schema.xlsform.XlsForms;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each column of a response file holds: a standard field, the answers to a question, one
 * choice of a multi-choice question as a flag, survey-tool metadata to skip, or nothing Stocktake
 * knows. Column names are matched to question ids through the project's column mapping, then the
 * export format's conventions for standard fields, then as they are, then as a split choice column,
 * then without a group-path prefix ({@code section/question}, or {@code section-question} for ODK),
 * then — for LimeSurvey — as a question code.
 */
public final class ColumnPlan implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Columns every submission has; respondent_id and group are required. */
  public static final List<String> STANDARD =
      List.of("respondent_id", "group", "submitted_at", "language");

  /** The role of one column. */
  public record Column(int index, String name, Kind kind, String question, String code, int first)
      implements Serializable {}

  /** Kinds of column. */
  public enum Kind {
    STANDARD,
    ANSWER,
    CHOICE_FLAG,
    METADATA,
    UNKNOWN,
    DUPLICATE
  }

  private final List<Column> columns;
  private final Map<String, Integer> standard;
  private final ReadSettings settings;

  private ColumnPlan(List<Column> columns, ReadSettings settings) {
    this.columns = List.copyOf(columns);
    this.settings = settings;
    this.standard = new HashMap<>();
    for (Column c : columns) {
      if (c.kind() == Kind.STANDARD) {
        standard.put(c.question(), c.index());
      }
    }
  }

  /**
   * Plans the columns of a file with {@code header}, read for a round with {@code rules}; {@code
   * mapping} is the project's {@code columns} setting and {@code format} its {@code format}.
   */
  public static ColumnPlan of(
      List<String> header, RoundRules rules, Map<String, String> mapping, String format) {
    return of(header, rules, new ReadSettings(ExportFormat.of(format), mapping, null));
  }

  /** Plans the columns of a file with {@code header}, read for a round with {@code rules}. */
  public static ColumnPlan of(List<String> header, RoundRules rules, ReadSettings settings) {
    Map<String, String> mapping =
        new HashMap<>(settings.format().standardColumns(header, settings.columns()));
    mapping.putAll(settings.columns());
    List<Column> columns = new ArrayList<>();
    Map<String, Integer> taken = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).strip();
      Column column = resolve(i, name, rules, mapping, settings.format());
      if (column.kind() == Kind.STANDARD
          || column.kind() == Kind.ANSWER
          || column.kind() == Kind.CHOICE_FLAG) {
        String key =
            column.kind() == Kind.CHOICE_FLAG
                ? column.question() + "/" + column.code()
                : column.question();
        Integer first = taken.putIfAbsent(key, i);
        if (first != null) {
          column = new Column(i, name, Kind.DUPLICATE, column.question(), column.code(), first);
        }
      }
      columns.add(column);
    }
    return new ColumnPlan(columns, settings);
  }

  private static Column resolve(
      int i, String name, RoundRules rules, Map<String, String> mapping, ExportFormat format) {
    String target = mapping.getOrDefault(name, name);
    Column direct = direct(i, name, target, rules);
    if (direct != null) {
      return direct;
    }
    String separators = format.pathSeparators();
    // Every split point, leftmost first, so that a choice code may itself hold a separator.
    for (int p = 0; p < target.length(); p++) {
      if (separators.indexOf(target.charAt(p)) >= 0) {
        String question = format.lastSegment(target.substring(0, p));
        String code = target.substring(p + 1);
        if (rules.isChoiceOf(question, code)) {
          return new Column(i, name, Kind.CHOICE_FLAG, question, code, -1);
        }
      }
    }
    Column stripped = direct(i, name, format.lastSegment(target), rules);
    if (stripped != null) {
      return stripped;
    }
    if (format.writesFormNames()) {
      Column renamed = formName(i, name, target, rules, format);
      if (renamed != null) {
        return renamed;
      }
    }
    if (format.usesToolCodes()) {
      Column coded = LimeSurveyCodes.column(i, name, target, rules);
      if (coded != null) {
        return coded;
      }
    }
    if (format.isMetadata(target)) {
      return new Column(i, name, Kind.METADATA, null, null, -1);
    }
    return new Column(i, name, Kind.UNKNOWN, null, null, -1);
  }

  /** A column named as the form names it, matched to the ids the XLSForm import made of it. */
  private static Column formName(
      int i, String name, String target, RoundRules rules, ExportFormat format) {
    String separators = format.pathSeparators();
    for (int p = 0; p < target.length(); p++) {
      if (separators.indexOf(target.charAt(p)) >= 0) {
        String question = XlsForms.questionId(format.lastSegment(target.substring(0, p)));
        String code = XlsForms.choiceCode(target.substring(p + 1));
        if (rules.isChoiceOf(question, code)) {
          return new Column(i, name, Kind.CHOICE_FLAG, question, code, -1);
        }
      }
    }
    String question = XlsForms.questionId(format.lastSegment(target));
    return rules.hasQuestion(question)
        ? new Column(i, name, Kind.ANSWER, question, null, -1)
        : null;
  }

  private static Column direct(int i, String name, String target, RoundRules rules) {
    if (STANDARD.contains(target)) {
      return new Column(i, name, Kind.STANDARD, target, null, -1);
    }
    if (rules.hasQuestion(target)) {
      return new Column(i, name, Kind.ANSWER, target, null, -1);
    }
    return null;
  }

  public List<Column> columns() {
    return columns;
  }

  /** The format, column mapping and default group the plan was made with. */
  public ReadSettings settings() {
    return settings;
  }

  /** The index of a standard column, or -1 when the file lacks it. */
  public int standardIndex(String name) {
    return standard.getOrDefault(name, -1);
  }

  public List<Column> ofKind(Kind kind) {
    return columns.stream().filter(c -> c.kind() == kind).toList();
  }

  /** Questions with a column (of answers or of choice flags). */
  public Set<String> presentQuestions() {
    Set<String> present = new LinkedHashSet<>();
    for (Column c : columns) {
      if (c.kind() == Kind.ANSWER || c.kind() == Kind.CHOICE_FLAG) {
        present.add(c.question());
      }
    }
    return present;
  }

  /** Required standard columns the file lacks; the group is not missing if there is a default. */
  public List<String> missingRequiredStandard() {
    return STANDARD.subList(0, 2).stream()
        .filter(s -> !standard.containsKey(s))
        .filter(s -> !(s.equals("group") && settings.defaultGroup() != null))
        .toList();
  }
}
