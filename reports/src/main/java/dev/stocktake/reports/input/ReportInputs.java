package dev.stocktake.reports.input;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.stocktake.schema.findings.Distribution;
import dev.stocktake.schema.findings.Findings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outputs of the ingest and compare stages that a report is made from, read from the output
 * folder: findings.json, distributions.csv and reconciliation.json.
 */
public record ReportInputs(Findings findings, List<Distribution> distributions, DataCounts data) {

  public ReportInputs {
    distributions = List.copyOf(distributions);
  }

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /**
   * Reads the three files from {@code out}; a missing one is an error that says which stage writes
   * it.
   */
  public static ReportInputs read(Path out) {
    Path findings = need(out.resolve("findings.json"), "compare");
    Path distributions = need(out.resolve("distributions.csv"), "compare");
    Path reconciliation = need(out.resolve("reconciliation.json"), "ingest");
    try {
      return new ReportInputs(
          JSON.readValue(findings.toFile(), Findings.class),
          distributions(distributions),
          dataCounts(JSON.readTree(reconciliation.toFile())));
    } catch (IOException e) {
      throw new ReportInputException(
          "could not read the stage outputs in " + out + ": " + e.getMessage());
    }
  }

  private static Path need(Path file, String stage) {
    if (!Files.isRegularFile(file)) {
      throw new ReportInputException(
          "no "
              + file.getFileName()
              + " in "
              + file.getParent()
              + ": run the "
              + stage
              + " stage first (stocktake "
              + stage
              + " PROJECT_DIR, with the same --out), or stocktake run to do every stage");
    }
    return file;
  }

  static List<Distribution> distributions(Path file) {
    CsvTable table = CsvTable.read(file);
    List<Distribution> out = new ArrayList<>();
    for (List<String> row : table.rows()) {
      out.add(
          new Distribution(
              table.cell(row, "question"),
              table.cell(row, "round"),
              table.cell(row, "group"),
              table.cell(row, "kind"),
              table.cell(row, "value"),
              count(table.cell(row, "respondents")),
              count(table.cell(row, "answered")),
              count(table.cell(row, "missing")),
              number(table.cell(row, "share")),
              number(table.cell(row, "ci_low")),
              number(table.cell(row, "ci_high")),
              number(table.cell(row, "mean")),
              number(table.cell(row, "median")),
              number(table.cell(row, "q1")),
              number(table.cell(row, "q3"))));
    }
    return out;
  }

  /** A count, or null for an empty cell: a count the public edition hides. */
  private static Long count(String cell) {
    return cell.isEmpty() ? null : Long.valueOf(cell);
  }

  private static Double number(String cell) {
    return cell.isEmpty() ? null : Double.valueOf(cell);
  }

  static DataCounts dataCounts(JsonNode json) {
    List<DataCounts.RoundCounts> rounds = new ArrayList<>();
    for (JsonNode round : json.path("rounds")) {
      rounds.add(
          new DataCounts.RoundCounts(
              round.path("round").asText(),
              round.path("files").size(),
              counts(round.path("counts"))));
    }
    Map<String, Long> reasons = new LinkedHashMap<>();
    json.path("quarantine_by_reason")
        .fields()
        .forEachRemaining(e -> reasons.put(e.getKey(), e.getValue().asLong()));
    return new DataCounts(counts(json.path("totals")), rounds, reasons);
  }

  private static DataCounts.Counts counts(JsonNode node) {
    return new DataCounts.Counts(
        node.path("rows_read").asLong(),
        node.path("accepted").asLong(),
        node.path("quarantined").asLong(),
        node.path("superseded").asLong(),
        node.path("answers_written").asLong(),
        node.path("answers_quarantined").asLong());
  }
}
