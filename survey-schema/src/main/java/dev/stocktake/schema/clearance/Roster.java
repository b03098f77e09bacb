package dev.stocktake.schema.clearance;

import dev.stocktake.schema.Problem;
import dev.stocktake.schema.SchemaException;
import dev.stocktake.schema.project.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a round's {@code rounds/<round>/roster.csv} (id, name, group, region, country, language,
 * consent) on one machine, checking every consent word in one pass.
 */
public final class Roster {
  /** The columns of a roster, in the order the header should name them. */
  public static final List<String> COLUMNS =
      List.of("id", "name", "group", "region", "country", "language", "consent");

  private Roster() {}

  /** {@code rounds/<round>/roster.csv} of the project. */
  public static Path file(Project project, String round) {
    return project.folder().resolve("rounds").resolve(round).resolve("roster.csv");
  }

  /** The file as messages name it: relative to the project, with forward slashes. */
  /** A project file as messages show it: relative to the project, with forward slashes. */
  public static String display(Project project, Path file) {
    return project.folder().relativize(file).toString().replace('\\', '/');
  }

  /**
   * The round's roster, in file order; empty when the round has no roster. Rows without an id are
   * skipped, as the ingest skips them.
   *
   * @throws SchemaException listing every unknown consent word, or a missing id column
   */
  public static List<RosterEntry> read(Project project, String round) {
    Path file = file(project, round);
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    CsvTable table = CsvTable.read(file, display(project, file));
    Problem header = table.missingColumns(List.of("id"), String.join(",", COLUMNS));
    if (header != null) {
      throw new SchemaException(header);
    }
    List<Problem> problems = new ArrayList<>();
    List<RosterEntry> entries = new ArrayList<>();
    for (CsvTable.Row row : table.rows()) {
      String id = row.get("id");
      if (id.isEmpty()) {
        continue;
      }
      String word = row.get("consent");
      Consent consent = Consent.parse(word).orElse(null);
      if (consent == null) {
        problems.add(
            new Problem(
                table.display(),
                row.line(),
                0,
                "consent",
                "\""
                    + word
                    + "\" is not a consent state; use "
                    + Consent.codes()
                    + " (a blank cell means pending)"));
        continue;
      }
      entries.add(
          new RosterEntry(
              row.line(),
              id,
              row.get("name"),
              row.get("group"),
              row.get("region"),
              row.get("country"),
              row.get("language"),
              consent));
    }
    if (!problems.isEmpty()) {
      throw new SchemaException(problems, null);
    }
    return List.copyOf(entries);
  }
}
