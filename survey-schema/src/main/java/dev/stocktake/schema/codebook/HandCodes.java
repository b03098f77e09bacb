package dev.stocktake.schema.codebook;

import dev.stocktake.schema.Problem;
import dev.stocktake.schema.SchemaException;
import dev.stocktake.schema.clearance.CsvTable;
import dev.stocktake.schema.clearance.Roster;
import dev.stocktake.schema.clearance.RosterEntry;
import dev.stocktake.schema.project.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A round's hand codes, {@code rounds/<round>/codes.csv} ({@code respondent_id, question, theme,
 * note}): themes an analyst gave open answers, which win over the codebook's rules. A theme cell
 * may name several themes separated by spaces; an empty one codes nothing (so the file {@code
 * stocktake codes export} writes can be filled in and imported as it is).
 */
public final class HandCodes {
  /** The theme an analyst gives an answer that carries none. */
  public static final String NONE = "none";

  /** The columns read; others (the export's answer and suggestions) are ignored. */
  public static final List<String> COLUMNS = List.of("respondent_id", "question", "theme", "note");

  private HandCodes() {}

  /** {@code rounds/<round>/codes.csv} of the project. */
  public static Path file(Project project, String round) {
    return project.folder().resolve("rounds").resolve(round).resolve("codes.csv");
  }

  /** The hand codes of a round; none when it has no codes.csv. */
  public static List<HandCode> read(Project project, String round) {
    Path file = file(project, round);
    return Files.isRegularFile(file) ? read(project, round, file) : List.of();
  }

  /**
   * The hand codes in {@code file} for a round of the project, checked: respondents must be in the
   * round's roster, questions coded by a codebook, themes that codebook's (or {@value #NONE},
   * alone).
   *
   * @throws SchemaException listing every problem, each located by file, line and column
   */
  public static List<HandCode> read(Project project, String round, Path file) {
    String display =
        file.startsWith(project.folder()) ? Roster.display(project, file) : file.toString();
    CsvTable table = CsvTable.read(file, display);
    Problem header = table.missingColumns(COLUMNS.subList(0, 3), String.join(",", COLUMNS));
    if (header != null) {
      throw new SchemaException(header);
    }
    Set<String> invited =
        Roster.read(project, round).stream().map(RosterEntry::id).collect(Collectors.toSet());
    String roster = Roster.display(project, Roster.file(project, round));
    Map<String, Codebook> byQuestion = new HashMap<>();
    project.codebooks().forEach(c -> c.questions().forEach(q -> byQuestion.put(q, c)));

    List<Problem> problems = new ArrayList<>();
    Map<String, List<HandCode>> byAnswer = new LinkedHashMap<>();
    Map<String, Integer> firstLine = new HashMap<>();
    for (CsvTable.Row row : table.rows()) {
      String respondent = row.get("respondent_id");
      String question = row.get("question");
      String themes = row.get("theme");
      if (themes.isEmpty()) {
        continue;
      }
      int before = problems.size();
      if (respondent.isEmpty()) {
        problems.add(at(table, row, "respondent_id", "missing; give the id from " + roster));
      } else if (!invited.contains(respondent)) {
        problems.add(
            at(
                table,
                row,
                "respondent_id",
                "\"" + respondent + "\" is not in " + roster + "; use the id from its id column"));
      }
      Codebook codebook = byQuestion.get(question);
      if (codebook == null) {
        problems.add(
            at(
                table,
                row,
                "question",
                (question.isEmpty() ? "missing" : "\"" + question + "\" is coded by no codebook")
                    + "; the coded questions are "
                    + byQuestion.keySet().stream().sorted().collect(Collectors.joining(", "))));
      }
      if (problems.size() > before) {
        continue;
      }
      String key = respondent + "\u0000" + question;
      Integer first = firstLine.putIfAbsent(key, row.line());
      if (first != null && first != row.line()) {
        problems.add(
            at(
                table,
                row,
                "question",
                "a second row for "
                    + respondent
                    + " on "
                    + question
                    + " (the first is at line "
                    + first
                    + "); give every theme of an answer in one cell, separated by spaces"));
        continue;
      }
      List<String> ids = List.of(themes.split("\\s+"));
      for (String id : ids) {
        if (!id.equals(NONE) && codebook.theme(id).isEmpty()) {
          problems.add(
              at(
                  table,
                  row,
                  "theme",
                  "\""
                      + id
                      + "\" is no theme of codebook "
                      + codebook.codebook()
                      + "; use one of "
                      + codebook.themes().stream().map(Theme::id).collect(Collectors.joining(", "))
                      + ", or "
                      + NONE));
        }
      }
      if (ids.contains(NONE) && ids.size() > 1) {
        problems.add(
            at(table, row, "theme", NONE + " means no theme: it cannot go with other themes"));
      }
      List<HandCode> codes = new ArrayList<>();
      for (String id : ids) {
        codes.add(new HandCode(round, respondent, question, id, row.get("note")));
      }
      byAnswer.put(key, codes);
    }
    if (!problems.isEmpty()) {
      throw new SchemaException(problems, null);
    }
    return byAnswer.values().stream().flatMap(List::stream).toList();
  }

  /**
   * Each hand-coded answer's themes, keyed by respondent id and question: an empty list for {@value
   * #NONE}.
   */
  public static Map<String, List<String>> themesByAnswer(List<HandCode> codes) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (HandCode c : codes) {
      List<String> themes =
          out.computeIfAbsent(key(c.respondent(), c.question()), k -> new ArrayList<>());
      if (!c.theme().equals(NONE)) {
        themes.add(c.theme());
      }
    }
    return out;
  }

  /** The key of {@link #themesByAnswer}. */
  public static String key(String respondent, String question) {
    return respondent + "\u0000" + question;
  }

  private static Problem at(CsvTable table, CsvTable.Row row, String field, String message) {
    return new Problem(table.display(), row.line(), 0, field, message);
  }
}
