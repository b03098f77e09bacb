package dev.stocktake.etl.ingest;

import java.util.Locale;

/**
 * Why a row or an answer was quarantined: a stable code users and scripts can rely on. Row-level
 * reasons quarantine the whole submission; answer-level ones only the answer (the rest of the row
 * is kept); file-level ones concern a column or the file as a whole.
 */
public enum Reason {
  // Rows: the submission is unusable as a whole.
  WRONG_FIELD_COUNT(Level.ROW, "the record has more or fewer fields than the header"),
  UNTERMINATED_QUOTE(Level.ROW, "a quoted field is never closed, so the record runs to the end"),
  STRAY_QUOTE(Level.ROW, "a closing quote is followed by something other than a comma"),
  UNDECODABLE_BYTES(Level.ROW, "bytes that are not valid in the file's declared encoding"),
  MIXED_LINE_ENDING(
      Level.ROW, "a line end of another kind than the file's (e.g. a lone CR in a CRLF file)"),
  TOO_MANY_FIELDS(Level.ROW, "more fields than a CSV parser accepts (20,480)"),
  JSON_ARRAY(Level.ROW, "a JSON-lines line that is an array instead of an object"),
  MALFORMED_RECORD(Level.ROW, "the parser could not read the record (e.g. invalid JSON)"),
  PARSER_DISAGREEMENT(
      Level.ROW, "the parser and the record scanner disagree on the file's records"),
  MISSING_COLUMN(Level.ROW, "a column every submission needs (respondent_id, group) is absent"),
  MISSING_RESPONDENT_ID(Level.ROW, "the respondent id is empty"),
  MISSING_GROUP(Level.ROW, "the stakeholder group is empty"),
  UNKNOWN_GROUP(Level.ROW, "the group is not declared in the round's schema"),
  INVALID_TIMESTAMP(Level.ROW, "submitted_at is not an ISO 8601 date-time"),
  SUPERSEDED(Level.ROW, "a later submission by the same respondent in the round replaces it"),
  // Answers: only the answer is set aside.
  INVALID_INTEGER(Level.ANSWER, "not a whole number"),
  INVALID_DECIMAL(Level.ANSWER, "not a number (use a point as the decimal separator)"),
  INVALID_DATE(Level.ANSWER, "not a date in the form YYYY-MM-DD"),
  UNKNOWN_CHOICE(Level.ANSWER, "a code that is not in the question's choice list"),
  INVALID_FLAG(
      Level.ANSWER,
      "a choice column holds something other than 1 or 0 (for LimeSurvey: Y or nothing)"),
  CHOICE_COLUMNS_DISAGREE(
      Level.ANSWER,
      "a multi-choice answer column and its question/choice columns say different things"),
  BELOW_MIN(Level.ANSWER, "below the question's minimum"),
  ABOVE_MAX(Level.ANSWER, "above the question's maximum"),
  PATTERN_MISMATCH(Level.ANSWER, "does not match the question's pattern"),
  TOO_LONG(Level.ANSWER, "longer than the question's max_length (or 100,000 characters)"),
  NOT_APPLICABLE(Level.ANSWER, "the question does not apply to the respondent's group"),
  NOT_RELEVANT(Level.ANSWER, "answered although the question's skip logic hides it"),
  REQUIRED_MISSING(Level.ANSWER, "a required question is unanswered"),
  UNKNOWN_LANGUAGE(Level.ANSWER, "the language is not one of the schema's languages"),
  // Files and columns.
  UNKNOWN_COLUMN(Level.FILE, "a column that is no question of the round's schema"),
  DUPLICATE_COLUMN(Level.FILE, "a column name that appears twice in the header"),
  MISSING_QUESTION_COLUMN(Level.FILE, "a required question has no column in the file");

  /** How much a problem sets aside. */
  public enum Level {
    ROW,
    ANSWER,
    FILE
  }

  private final Level level;
  private final String meaning;

  Reason(Level level, String meaning) {
    this.level = level;
    this.meaning = meaning;
  }

  /** The code written to quarantine.csv, e.g. {@code unknown_choice}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public Level level() {
    return level;
  }

  /** What the code means, for documentation and help. */
  public String meaning() {
    return meaning;
  }

  public static Reason ofCode(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
