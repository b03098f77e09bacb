package dev.stocktake.etl.ingest.internal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What each column of a response file holds: a standard field, the answers to a question, one
 * choice of a multi-choice question as a 0/1 flag, survey-tool metadata to skip, or nothing
 * Stocktake knows. Column names are matched to question ids through the project's column mapping,
 * then as they are, then without a group-path prefix ({@code section/question}).
 */
public final class ColumnPlan implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Columns every submission has; respondent_id and group are required. */
  public static final List<String> STANDARD =
      List.of("respondent_id", "group", "submitted_at", "language");

  /** Survey-tool bookkeeping in KoboToolbox and ODK Central exports, skipped on purpose. */
  private static final Set<String> TOOL_METADATA =
      Set.of(
          "start",
          "end",
          "today",
          "deviceid",
          "__version__",
          "instanceid",
          "formhub/uuid",
          "meta/instanceid",
          "meta/instancename",
          "meta/rootuuid",
          "meta/deprecatedid",
          "key",
          "submitterid",
          "submittername",
          "attachmentspresent",
          "attachmentsexpected",
          "status",
          "reviewstate",
          "edits",
          "formversion");

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

  private ColumnPlan(List<Column> columns) {
    this.columns = List.copyOf(columns);
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
    boolean toolExport = !"stocktake".equals(format);
    List<Column> columns = new ArrayList<>();
    Map<String, Integer> taken = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).strip();
      Column column = resolve(i, name, rules, mapping, toolExport);
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
    return new ColumnPlan(columns);
  }

  private static Column resolve(
      int i, String name, RoundRules rules, Map<String, String> mapping, boolean toolExport) {
    String target = mapping.getOrDefault(name, name);
    Column direct = direct(i, name, target, rules);
    if (direct != null) {
      return direct;
    }
    String[] path = target.split("/");
    if (path.length >= 2) {
      String question = path[path.length - 2];
      String code = path[path.length - 1];
      if (rules.isChoiceOf(question, code)) {
        return new Column(i, name, Kind.CHOICE_FLAG, question, code, -1);
      }
      Column stripped = direct(i, name, path[path.length - 1], rules);
      if (stripped != null) {
        return stripped;
      }
    }
    String lower = target.toLowerCase(Locale.ROOT);
    if (toolExport && (lower.startsWith("_") || TOOL_METADATA.contains(lower))) {
      return new Column(i, name, Kind.METADATA, null, null, -1);
    }
    return new Column(i, name, Kind.UNKNOWN, null, null, -1);
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

  /** Required standard columns the file lacks. */
  public List<String> missingRequiredStandard() {
    return STANDARD.subList(0, 2).stream().filter(s -> !standard.containsKey(s)).toList();
  }
}
