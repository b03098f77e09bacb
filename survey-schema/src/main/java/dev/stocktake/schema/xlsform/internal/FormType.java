package dev.stocktake.schema.xlsform.internal;

import dev.stocktake.schema.QuestionType;
import dev.stocktake.schema.xlsform.XlsForms;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code type} cell of a survey row understood: what the row is, the Stocktake question type
 * and choice list for questions, and for everything else why it cannot be mapped.
 *
 * @param name the type's keyword as written (e.g. {@code geopoint}), for messages
 * @param list the choice list a select names, or null
 * @param orOther whether a select adds an "other" choice ({@code or_other}, {@code or specify
 *     other})
 * @param reason why a row of this type is not mapped, or null for questions and groups
 */
public record FormType(
    Kind kind, String name, QuestionType type, String list, boolean orOther, String reason) {

  /** What a survey row is. */
  public enum Kind {
    QUESTION,
    BEGIN_GROUP,
    END_GROUP,
    BEGIN_REPEAT,
    END_REPEAT,
    METADATA,
    NOT_MAPPED
  }

  private static final Pattern SELECT =
      Pattern.compile(
          "(select_one|select one|select_multiple|select multiple)\\s+(\\S+)(\\s+or_other)?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern OLD_SELECT =
      Pattern.compile("(select one|select all that apply) from\\s+(\\S+)(\\s+or specify other)?");

  private static final Set<String> METADATA = XlsForms.METADATA_TYPES;

  private static final Map<String, QuestionType> SIMPLE =
      Map.of(
          "integer", QuestionType.INTEGER,
          "int", QuestionType.INTEGER,
          "decimal", QuestionType.DECIMAL,
          "text", QuestionType.TEXT,
          "string", QuestionType.TEXT,
          "date", QuestionType.DATE);

  private static final Map<String, String> REASONS =
      Map.ofEntries(
          Map.entry("note", "a note shows text and collects no answer"),
          Map.entry("calculate", "a calculation is not an answer a respondent gives"),
          Map.entry("hidden", "a hidden field is not an answer a respondent gives"),
          Map.entry("geopoint", "location answers are not supported"),
          Map.entry("geotrace", "location answers are not supported"),
          Map.entry("geoshape", "location answers are not supported"),
          Map.entry("gps", "location answers are not supported"),
          Map.entry("osm", "location answers are not supported"),
          Map.entry("image", "media answers are not supported"),
          Map.entry("photo", "media answers are not supported"),
          Map.entry("audio", "media answers are not supported"),
          Map.entry("video", "media answers are not supported"),
          Map.entry("file", "media answers are not supported"),
          Map.entry("barcode", "barcode answers are not supported"),
          Map.entry("time", "Stocktake has dates but no times of day"),
          Map.entry("datetime", "Stocktake has dates but no times of day"),
          Map.entry("range", "range has no Stocktake type; use integer with min and max"),
          Map.entry("rank", "ranking has no Stocktake type"),
          Map.entry("acknowledge", "an acknowledgement collects no answer"),
          Map.entry("trigger", "an acknowledgement collects no answer"),
          Map.entry("include", "including another form is not supported"),
          Map.entry("select_one_external", "choices from an external file are not supported"),
          Map.entry("select_one_from_file", "choices from an external file are not supported"),
          Map.entry("select_multiple_from_file", "choices from an external file are not supported"),
          Map.entry("xml-external", "external data is not an answer a respondent gives"),
          Map.entry("csv-external", "external data is not an answer a respondent gives"));

  /** Parses a type cell; doubled spaces and case are tolerated, list names keep their case. */
  public static FormType parse(String cell) {
    String written = cell.strip().replaceAll("\\s+", " ");
    String lower = written.toLowerCase(Locale.ROOT);
    String keyword = lower.contains(" ") ? lower.substring(0, lower.indexOf(' ')) : lower;
    switch (lower) {
      case "begin group", "begin_group" -> {
        return of(Kind.BEGIN_GROUP, "begin group", null);
      }
      case "end group", "end_group" -> {
        return of(Kind.END_GROUP, "end group", null);
      }
      case "begin repeat", "begin_repeat" -> {
        return of(Kind.BEGIN_REPEAT, "begin repeat", null);
      }
      case "end repeat", "end_repeat", "end loop", "end_loop" -> {
        return of(Kind.END_REPEAT, lower, null);
      }
      default -> {}
    }
    if (lower.startsWith("begin loop") || lower.startsWith("begin_loop")) {
      return of(Kind.BEGIN_REPEAT, "begin loop", null);
    }
    if (METADATA.contains(lower)) {
      return of(Kind.METADATA, lower, "survey-tool metadata, not a question");
    }
    QuestionType simple = SIMPLE.get(lower);
    if (simple != null) {
      return new FormType(Kind.QUESTION, lower, simple, null, false, null);
    }
    Matcher select = SELECT.matcher(written);
    if (select.matches() && !REASONS.containsKey(keyword)) {
      boolean one = select.group(1).toLowerCase(Locale.ROOT).contains("one");
      return new FormType(
          Kind.QUESTION,
          one ? "select_one" : "select_multiple",
          one ? QuestionType.SINGLE_CHOICE : QuestionType.MULTI_CHOICE,
          select.group(2),
          select.group(3) != null,
          null);
    }
    Matcher old = OLD_SELECT.matcher(lower);
    if (old.matches()) {
      boolean one = old.group(1).equals("select one");
      String list = written.split(" ")[one ? 3 : 5];
      return new FormType(
          Kind.QUESTION,
          one ? "select one" : "select all that apply",
          one ? QuestionType.SINGLE_CHOICE : QuestionType.MULTI_CHOICE,
          list,
          old.group(3) != null,
          null);
    }
    if (lower.equals("select_one") || lower.equals("select_multiple")) {
      return of(
          Kind.NOT_MAPPED, lower, "the type names no choice list: write " + lower + " <list>");
    }
    String reason = REASONS.get(keyword);
    if (reason != null) {
      return of(Kind.NOT_MAPPED, keyword, reason);
    }
    return of(
        Kind.NOT_MAPPED,
        written,
        "unknown type \""
            + written
            + "\"; Stocktake reads select_one, select_multiple, integer, decimal, text, date and"
            + " groups");
  }

  private static FormType of(Kind kind, String name, String reason) {
    return new FormType(kind, name, null, null, false, reason);
  }
}
