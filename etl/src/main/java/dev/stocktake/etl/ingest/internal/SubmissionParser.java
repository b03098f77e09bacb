package dev.stocktake.etl.ingest.internal;

import dev.stocktake.etl.ingest.ExportFormat;
import dev.stocktake.etl.ingest.Reason;
import dev.stocktake.etl.ingest.scan.FileScan;
import dev.stocktake.etl.ingest.scan.RecordLines;
import dev.stocktake.etl.ingest.scan.RecordProblem;
import dev.stocktake.schema.xlsform.XlsForms;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.Tuple2;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Turns one parsed record of a response file, with its position in the file, into a submission row:
 * standard fields checked, answers gathered by question id (choice flags folded into multi-choice
 * answers), and the record's structural problems, found by the scanner, attached.
 */
public final class SubmissionParser implements Function<Tuple2<Row, Long>, Row> {
  private static final long serialVersionUID = 1L;

  private final String round;
  private final int version;
  private final String file;
  private final boolean hasHeaderRow;
  private final ColumnPlan plan;
  private final RoundRules rules;
  private final RecordLines lines;
  private final Map<Long, RecordProblem> problems;
  // Multi-choice questions with an answer column (its name) and the codes with a choice column.
  private final Map<String, String> answerColumns = new HashMap<>();
  private final Set<String> answered = new HashSet<>();
  private final Map<String, Set<String>> flagCodes = new HashMap<>();

  public SubmissionParser(
      String round,
      String file,
      boolean hasHeaderRow,
      FileScan scan,
      ColumnPlan plan,
      RoundRules rules) {
    this.round = round;
    this.version = rules.version();
    this.file = file;
    this.hasHeaderRow = hasHeaderRow;
    this.plan = plan;
    this.rules = rules;
    this.lines = scan.lines();
    this.problems = new HashMap<>();
    for (RecordProblem p : scan.problems()) {
      problems.putIfAbsent(p.record(), p);
    }
    for (ColumnPlan.Column c : plan.columns()) {
      if (c.kind() == ColumnPlan.Kind.ANSWER) {
        answered.add(c.question());
        answerColumns.put(c.question(), c.name());
      } else if (c.kind() == ColumnPlan.Kind.CHOICE_FLAG) {
        flagCodes.computeIfAbsent(c.question(), q -> new HashSet<>()).add(c.code());
      }
    }
  }

  /** A choice column's flag: 1 or true is chosen, 0, false or nothing is not; null otherwise. */
  private static Boolean flag(String value) {
    String flag = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    return switch (flag) {
      case "1", "true" -> true;
      case "", "0", "false" -> false;
      default -> null;
    };
  }

  /** Index in a Spark row of each planned column: position for CSV, by name for JSON. */
  private String cell(Row row, ColumnPlan.Column column) {
    Object value = hasHeaderRow ? row.get(column.index()) : row.get(row.fieldIndex(column.name()));
    if (value == null) {
      return null;
    }
    if (value instanceof scala.collection.Seq<?> seq) {
      List<String> parts = new ArrayList<>();
      CollectionConverters.asJava(seq).forEach(v -> parts.add(String.valueOf(v)));
      return String.join(" ", parts);
    }
    return value.toString();
  }

  @Override
  public Row call(Tuple2<Row, Long> indexed) {
    Row row = indexed._1();
    long record = indexed._2() - (hasHeaderRow ? 1 : 0);
    long line = lines.lineOf(record);
    RecordProblem structural = problems.get(record);
    if (structural != null) {
      return fatal(
          record,
          line,
          Reason.ofCode(structural.code()),
          structural.detail(),
          structural.raw() + (structural.rawTruncated() ? " …" : ""));
    }
    int corruptIndex = java.util.Arrays.asList(row.schema().fieldNames()).indexOf("_corrupt");
    if (corruptIndex >= 0 && !row.isNullAt(corruptIndex)) {
      return fatal(
          record,
          line,
          Reason.MALFORMED_RECORD,
          "the record cannot be read as " + (hasHeaderRow ? "CSV" : "JSON"),
          row.getString(corruptIndex));
    }
    List<String> missing = plan.missingRequiredStandard();
    if (!missing.isEmpty()) {
      return fatal(
          record,
          line,
          Reason.MISSING_COLUMN,
          "the file has no " + String.join(" or ", missing) + " column" + hint(missing),
          "");
    }
    String respondent = standard(row, "respondent_id");
    if (respondent == null) {
      return fatal(record, line, Reason.MISSING_RESPONDENT_ID, "respondent_id is empty", "");
    }
    String group = standard(row, "group");
    if (group == null) {
      return fatal(record, line, respondent, Reason.MISSING_GROUP, "group is empty", "");
    }
    if (!rules.hasGroup(group)) {
      return fatal(
          record,
          line,
          respondent,
          Reason.UNKNOWN_GROUP,
          "group \""
              + group
              + "\" is not declared in schema v"
              + version
              + "; the groups are: "
              + String.join(", ", rules.groups().stream().sorted().toList()),
          group);
    }
    Timestamp submitted = null;
    if (plan.standardIndex("submitted_at") >= 0) {
      String text = standard(row, "submitted_at");
      Instant instant = text == null ? null : Timestamps.parse(text);
      if (instant == null) {
        return fatal(
            record,
            line,
            respondent,
            Reason.INVALID_TIMESTAMP,
            text == null
                ? "submitted_at is empty"
                : "submitted_at \""
                    + text
                    + "\" is not an ISO 8601 date-time such as 2022-11-01T19:43:20Z",
            text == null ? "" : text);
      }
      submitted = Timestamp.from(instant);
    }
    List<Row> rowProblems = new ArrayList<>();
    String language = standard(row, "language");
    if (language != null && !rules.hasLanguage(language)) {
      rowProblems.add(
          problem(
              "language",
              Reason.UNKNOWN_LANGUAGE,
              "language \""
                  + language
                  + "\" is not one of the schema's languages: "
                  + String.join(", ", rules.languages().stream().sorted().toList()),
              language));
      language = null;
    }
    Map<String, String> answers = new LinkedHashMap<>();
    Map<String, Set<String>> flagged = new LinkedHashMap<>();
    Set<String> unreadableFlags = new HashSet<>();
    boolean toolCodes = plan.settings().format().usesToolCodes();
    boolean formNames = plan.settings().format().writesFormNames();
    for (ColumnPlan.Column column : plan.columns()) {
      switch (column.kind()) {
        case ANSWER -> {
          String value = cell(row, column);
          if (value != null && !value.isBlank()) {
            answers.put(
                column.question(),
                toolCodes
                    ? LimeSurveyCodes.value(rules.question(column.question()), value)
                    : formNames ? formCodes(rules.question(column.question()), value) : value);
          }
        }
        case CHOICE_FLAG -> {
          String value = cell(row, column);
          Boolean chosen = toolCodes ? LimeSurveyCodes.flag(value) : flag(value);
          Set<String> codes =
              flagged.computeIfAbsent(column.question(), q -> new LinkedHashSet<>());
          if (chosen == null) {
            unreadableFlags.add(column.question());
            rowProblems.add(
                problem(
                    column.question(),
                    Reason.INVALID_FLAG,
                    "column "
                        + column.name()
                        + " holds \""
                        + value
                        + (toolCodes
                            ? "\"; a subquestion column holds Y (chosen) or nothing"
                            : "\"; a choice column holds 1 (chosen) or 0"),
                    value));
          } else if (chosen) {
            codes.add(column.code());
          }
        }
        default -> {}
      }
    }
    flagged.forEach(
        (question, codes) -> {
          if (!answered.contains(question)) {
            if (!codes.isEmpty()) {
              answers.put(question, String.join(" ", codes));
            }
            return;
          }
          // The export wrote the answer twice (KoboToolbox's "both"): the answer column is used and
          // the choice columns only checked against it, so no choice counts twice.
          String text = answers.get(question);
          Set<String> said = new LinkedHashSet<>();
          if (text != null) {
            for (String code : text.strip().split("\\s+")) {
              if (flagCodes.get(question).contains(code)) {
                said.add(code);
              }
            }
          }
          if (!unreadableFlags.contains(question) && !said.equals(codes)) {
            answers.remove(question);
            rowProblems.add(
                problem(
                    question,
                    Reason.CHOICE_COLUMNS_DISAGREE,
                    "column "
                        + answerColumns.get(question)
                        + " holds \""
                        + (text == null ? "" : text.strip())
                        + "\" but its choice columns flag \""
                        + String.join(" ", codes)
                        + "\"; the export contradicts itself, so the answer is set aside",
                    text == null ? "" : text));
          }
        });
    return RowFactory.create(
        round,
        version,
        file,
        record,
        line,
        respondent,
        group,
        language,
        submitted,
        null,
        null,
        null,
        CollectionConverters.asScala(answers),
        seq(rowProblems));
  }

  private String standard(Row row, String name) {
    int index = plan.standardIndex(name);
    if (index < 0) {
      return name.equals("group") ? plan.settings().defaultGroup() : null;
    }
    String value = cell(row, plan.columns().get(index));
    return value == null || value.isBlank() ? null : value.strip();
  }

  private Row fatal(long record, long line, Reason reason, String message, String raw) {
    return fatal(record, line, null, reason, message, raw);
  }

  private Row fatal(
      long record, long line, String respondent, Reason reason, String message, String raw) {
    return fatalRow(round, version, file, record, line, respondent, reason.code(), message, raw);
  }

  /** A submission row for a record that is unusable as a whole. */
  static Row fatalRow(
      String round,
      int version,
      String file,
      long record,
      long line,
      String respondent,
      String reason,
      String message,
      String raw) {
    return RowFactory.create(
        round,
        version,
        file,
        record,
        line,
        respondent,
        null,
        null,
        null,
        reason,
        message,
        raw,
        CollectionConverters.asScala(Map.<String, String>of()),
        seq(List.of()));
  }

  private static Row problem(String question, Reason reason, String message, String raw) {
    return RowFactory.create(question, reason.code(), message, raw);
  }

  private static Seq<Row> seq(List<Row> rows) {
    return CollectionConverters.asScala(rows).toList();
  }

  /**
   * Choice codes as the tool's form names them, turned into the codes the XLSForm import made of
   * them ({@code Yes} became {@code yes}); a code the list has as it is, or one that matches
   * nothing either way, is kept as written, so the checks see (and quarantine) the raw value.
   */
  static String formCodes(QuestionRule rule, String value) {
    if (rule == null || rule.codes().isEmpty()) {
      return value;
    }
    String[] tokens = value.strip().split("\\s+");
    boolean changed = false;
    for (int t = 0; t < tokens.length; t++) {
      if (!rule.codes().contains(tokens[t])) {
        String code = XlsForms.choiceCode(tokens[t]);
        if (rule.codes().contains(code)) {
          tokens[t] = code;
          changed = true;
        }
      }
    }
    return changed ? String.join(" ", tokens) : value;
  }

  /** Where a missing standard column could come from, for the message. */
  private String hint(List<String> missing) {
    ExportFormat format = plan.settings().format();
    List<String> fixes = new ArrayList<>();
    if (missing.contains("respondent_id")) {
      fixes.add(
          (format.respondentIdColumns().isEmpty()
                  ? ""
                  : "format "
                      + format.id()
                      + " reads it from "
                      + String.join(" or ", format.respondentIdColumns())
                      + "; ")
              + "name the column that identifies a respondent in stocktake.yaml, e.g. columns:"
              + " {org_id: respondent_id}");
    }
    if (missing.contains("group")) {
      fixes.add("map a group column in columns:, or set default_group: in stocktake.yaml");
    }
    return fixes.isEmpty() ? "" : " (" + String.join("; ", fixes) + ")";
  }
}
