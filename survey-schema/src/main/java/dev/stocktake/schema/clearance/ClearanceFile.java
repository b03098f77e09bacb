package dev.stocktake.schema.clearance;

import dev.stocktake.schema.Problem;
import dev.stocktake.schema.SchemaException;
import dev.stocktake.schema.SurveySchema;
import dev.stocktake.schema.clearance.ClearanceDecision.Decision;
import dev.stocktake.schema.project.Project;
import dev.stocktake.schema.project.RoundConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a round's optional {@code rounds/<round>/clearance.csv} ({@code
 * respondent,question,decision,reason}): per answer, whether the respondent cleared it for quoting
 * or asked for it to be redacted. Every problem of the file is reported at once.
 */
public final class ClearanceFile {
  /** The columns of a clearance file; reason may be left out. */
  public static final List<String> COLUMNS =
      List.of("respondent", "question", "decision", "reason");

  private ClearanceFile() {}

  /** {@code rounds/<round>/clearance.csv} of the project. */
  public static Path file(Project project, String round) {
    return project.folder().resolve("rounds").resolve(round).resolve("clearance.csv");
  }

  /**
   * The decisions of a round, in file order; none when the round has no clearance file. Respondents
   * must be in the round's roster and questions in the schema version the round used.
   *
   * @throws SchemaException listing every problem of the file (and of the roster it is checked
   *     against), each located by file, line and column name
   * @throws IllegalArgumentException when the project has no such round
   */
  public static List<ClearanceDecision> read(Project project, String round) {
    RoundConfig config =
        project
            .config()
            .round(round)
            .orElseThrow(() -> new IllegalArgumentException("no round " + round + " in project"));
    Path file = file(project, round);
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    CsvTable table = CsvTable.read(file, Roster.display(project, file));
    Problem header = table.missingColumns(COLUMNS.subList(0, 3), String.join(",", COLUMNS));
    if (header != null) {
      throw new SchemaException(header);
    }
    Path rosterFile = Roster.file(project, round);
    String roster = Roster.display(project, rosterFile);
    boolean hasRoster = Files.isRegularFile(rosterFile);
    Set<String> invited =
        Roster.read(project, round).stream().map(RosterEntry::id).collect(Collectors.toSet());
    SurveySchema schema = project.schemaOf(config);

    List<Problem> problems = new ArrayList<>();
    List<ClearanceDecision> decisions = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (CsvTable.Row row : table.rows()) {
      int before = problems.size();
      String respondent = row.get("respondent");
      String question = row.get("question");
      String word = row.get("decision");
      if (respondent.isEmpty()) {
        problems.add(
            at(table, row, "respondent", "missing; give the respondent's id in " + roster));
      } else if (!hasRoster) {
        problems.add(
            at(
                table,
                row,
                "respondent",
                "\"" + respondent + "\" cannot be checked: round " + round + " has no " + roster));
      } else if (!invited.contains(respondent)) {
        problems.add(
            at(
                table,
                row,
                "respondent",
                "\"" + respondent + "\" is not in " + roster + "; use the id from its id column"));
      }
      if (question.isEmpty()) {
        problems.add(at(table, row, "question", "missing; give the question's id"));
      } else if (schema.question(question).isEmpty()) {
        problems.add(
            at(
                table,
                row,
                "question",
                "\""
                    + question
                    + "\" is no question of schema v"
                    + config.schema()
                    + ", which round "
                    + round
                    + " used"));
      }
      Decision decision = Decision.parse(word).orElse(null);
      if (decision == null) {
        problems.add(
            at(
                table,
                row,
                "decision",
                (word.isEmpty() ? "missing" : "\"" + word + "\" is not a decision")
                    + "; use "
                    + String.join(" or ", Decision.codes().split(", "))));
      }
      if (problems.size() > before) {
        continue;
      }
      Integer first = seen.putIfAbsent(respondent + "\u0000" + question, row.line());
      if (first != null) {
        problems.add(
            at(
                table,
                row,
                "question",
                "a second decision for "
                    + respondent
                    + " on "
                    + question
                    + " (the first is at line "
                    + first
                    + "); keep one"));
        continue;
      }
      decisions.add(
          new ClearanceDecision(round, respondent, question, decision, row.get("reason")));
    }
    if (!problems.isEmpty()) {
      throw new SchemaException(problems, null);
    }
    return List.copyOf(decisions);
  }

  private static Problem at(CsvTable table, CsvTable.Row row, String field, String message) {
    return new Problem(table.display(), row.line(), 0, field, message);
  }
}
