package dev.stocktake.bench;

import dev.stocktake.schema.Question;
import dev.stocktake.schema.QuestionType;
import dev.stocktake.schema.SurveySchema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builds DuckDB's query for the counts of Stocktake's {@code distributions.csv}: respondents per
 * closed question × round × group (and {@code all}) × value, from the raw response files. One scan
 * of both rounds' CSV files; the latest submission of each respondent per round is kept (QUALIFY,
 * the rule the ingest applies to duplicates); each row is turned into (question, codes) pairs by
 * unnesting one list of structs (a multi-choice cell is split on spaces), and one GROUPING SETS
 * aggregation counts per group and for everyone.
 */
final class DistributionSql {
  private DistributionSql() {}

  /** A closed question as a column of the response files; multi-choice cells hold several codes. */
  record Closed(String id, boolean multi) {
    Closed {
      Objects.requireNonNull(id, "id");
    }
  }

  /** A round and its response file. */
  record RoundFile(String round, Path file) {}

  /** The questions Stocktake's distributions count by value that DuckDB counts too. */
  static List<Closed> closedQuestions(SurveySchema newest) {
    List<Closed> out = new ArrayList<>();
    for (Question q : newest.questions()) {
      QuestionType t = q.type();
      if (t == QuestionType.SINGLE_CHOICE || t == QuestionType.LIKERT || t == QuestionType.YES_NO) {
        out.add(new Closed(q.id(), false));
      } else if (t == QuestionType.MULTI_CHOICE) {
        out.add(new Closed(q.id(), true));
      }
    }
    return out;
  }

  static String build(List<Closed> questions, List<RoundFile> files) {
    if (questions.isEmpty() || files.isEmpty()) {
      throw new IllegalArgumentException("need at least one closed question and one file");
    }
    List<String> columns = new ArrayList<>();
    List<String> pairs = new ArrayList<>();
    for (Closed q : questions) {
      String column = identifier(q.id());
      columns.add(column);
      String codes = q.multi() ? "string_split(" + column + ", ' ')" : "[" + column + "]";
      pairs.add("{'question': " + literal(q.id()) + ", 'codes': " + codes + "}");
    }
    List<String> paths = new ArrayList<>();
    StringBuilder rounds = new StringBuilder("CASE file");
    for (RoundFile f : files) {
      String path = literal(f.file().toAbsolutePath().toString());
      paths.add(path);
      rounds.append(" WHEN ").append(path).append(" THEN ").append(literal(f.round()));
    }
    rounds.append(" END");
    return String.join(
        "\n",
        "WITH latest AS (",
        "  SELECT filename AS file, \"group\" AS grp, " + String.join(", ", columns),
        "  FROM read_csv([" + String.join(", ", paths) + "],",
        "    header = true, delim = ',', quote = '\"', escape = '\"', all_varchar = true,"
            + " filename = true)",
        "  QUALIFY row_number() OVER (PARTITION BY filename, respondent_id"
            + " ORDER BY submitted_at DESC) = 1",
        "), answers AS (",
        "  SELECT file, grp, qa.question AS question, unnest(qa.codes) AS value",
        "  FROM (SELECT file, grp, unnest([",
        "    " + String.join(",\n    ", pairs),
        "  ]) AS qa FROM latest)",
        "), counts AS (",
        "  SELECT file, CASE WHEN grouping(grp) = 1 THEN 'all' ELSE grp END AS grp, question,"
            + " value, count(*) AS respondents",
        "  FROM answers WHERE value IS NOT NULL AND value <> ''",
        "  GROUP BY GROUPING SETS ((file, grp, question, value), (file, question, value))",
        ")",
        "SELECT " + rounds + " AS round, grp, question, value, respondents FROM counts");
  }

  static String identifier(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }

  static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
