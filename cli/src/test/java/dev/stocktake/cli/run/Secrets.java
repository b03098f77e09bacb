package dev.stocktake.cli.run;

import com.opencsv.CSVReader;
import dev.stocktake.schema.Question;
import dev.stocktake.schema.QuestionType;
import dev.stocktake.schema.SurveySchema;
import dev.stocktake.schema.clearance.ClearanceDecision;
import dev.stocktake.schema.clearance.ClearanceFile;
import dev.stocktake.schema.project.Project;
import dev.stocktake.schema.project.RoundConfig;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What a public edition must never show, collected from a project's inputs alone (never from any
 * output): raw respondent ids, roster names, and free text that is not to be published.
 *
 * @param ids every respondent id of every round's response files and rosters
 * @param names roster names of respondents who did not agree to be quoted by name (consent {@code
 *     full} in the newest round, the only names a quote may carry)
 * @param quotableNames names of the newest round's respondents with {@code full} consent
 * @param texts answers to free-text questions the answer's schema version does not publish, and
 *     answers a round's clearance.csv marks {@code redacted}; an answer that someone else also
 *     gave, word for word, to a published question, or that is part of such an answer (a
 *     one-sentence answer that opens someone's longer published one), is left out, since seeing it
 *     proves nothing
 * @param shortTexts unpublished answers too short to seek (see {@link #MIN_TEXT})
 */
record Secrets(
    Set<String> ids,
    Set<String> names,
    Set<String> quotableNames,
    Set<String> texts,
    int shortTexts) {

  /**
   * Unpublished answers shorter than this ("No.", "See above") are not sought: they identify no one
   * and occur inside any text.
   */
  static final int MIN_TEXT = 20;

  static Secrets of(Path projectFolder) throws IOException {
    Project project = Project.load(projectFolder);
    List<RoundConfig> rounds = project.config().rounds();
    Set<String> ids = new TreeSet<>();
    Set<String> allNames = new TreeSet<>();
    Set<String> quotableNames = new TreeSet<>();
    Set<String> unpublished = new HashSet<>();
    Set<String> publishable = new HashSet<>();
    for (RoundConfig round : rounds) {
      Path folder = projectFolder.resolve("rounds").resolve(round.id());
      boolean newest = round == rounds.get(rounds.size() - 1);
      for (Map<String, String> r : csv(folder.resolve("roster.csv"))) {
        ids.add(r.get("id"));
        allNames.add(r.get("name"));
        if (newest && "full".equals(r.get("consent"))) {
          quotableNames.add(r.get("name"));
        }
      }
      Set<String> redacted = new HashSet<>();
      for (ClearanceDecision d : ClearanceFile.read(project, round.id())) {
        if (d.decision() == ClearanceDecision.Decision.REDACTED) {
          redacted.add(d.respondent() + "\u0000" + d.question());
        }
      }
      SurveySchema schema = project.schemaOf(round);
      List<Question> textQuestions =
          schema.questions().stream().filter(q -> q.type() == QuestionType.TEXT).toList();
      List<Path> files;
      try (Stream<Path> list = Files.list(folder)) {
        files =
            list.filter(p -> p.getFileName().toString().matches("responses.*\\.csv"))
                .sorted()
                .toList();
      }
      for (Path file : files) {
        for (Map<String, String> r : csv(file)) {
          String id = r.get("respondent_id");
          ids.add(id);
          for (Question q : textQuestions) {
            String text = r.getOrDefault(q.id(), "");
            if (text.isBlank()) {
              continue;
            }
            boolean secret = !q.isPublished() || redacted.contains(id + "\u0000" + q.id());
            (secret ? unpublished : publishable).add(text);
          }
        }
      }
    }
    ids.remove("");
    allNames.remove("");
    Set<String> names = new TreeSet<>(allNames);
    names.removeAll(quotableNames);
    Set<String> texts = new TreeSet<>();
    int shortTexts = 0;
    for (String text : unpublished) {
      if (publishable.stream().anyMatch(p -> p.contains(text.strip()))) {
        continue;
      }
      if (text.strip().length() >= MIN_TEXT) {
        texts.add(text.strip());
      } else {
        shortTexts++;
      }
    }
    return new Secrets(ids, names, quotableNames, texts, shortTexts);
  }

  /** The rows of a CSV file with a header, as maps from column name to cell. */
  static List<Map<String, String>> csv(Path file) throws IOException {
    List<Map<String, String>> rows = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVReader records = new CSVReader(reader)) {
      String[] header = records.readNext();
      for (String[] cells : records) {
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < header.length && i < cells.length; i++) {
          row.put(header[i], cells[i]);
        }
        rows.add(row);
      }
    } catch (com.opencsv.exceptions.CsvValidationException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
    return rows;
  }
}
