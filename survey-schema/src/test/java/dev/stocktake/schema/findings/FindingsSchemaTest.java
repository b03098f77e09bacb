package dev.stocktake.schema.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.stocktake.schema.findings.KeyFinding.Argument;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The records and findings.schema.json describe the same format. */
class FindingsSchemaTest {
  static final ObjectMapper JSON =
      new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

  static Findings sample() {
    return new Findings(
        Findings.FORMAT_VERSION,
        "christchurch-call-consultation",
        "public",
        List.of("2020", "2022"),
        List.of(new ParticipationCell("2022", "all", "all", 300L, 417, 300 / 417.0)),
        List.of(new PanelFlow("2020", "2022", 144L, 156L, 96L)),
        List.of(
            new Comparison(
                "status_crisis_response",
                "2020",
                "2022",
                "all",
                "independent",
                "mann_whitney",
                null,
                240L,
                300L,
                29512.5,
                null,
                1.2e-9,
                4.1e-8,
                "rank_biserial",
                0.18,
                List.of(List.of("partially_implemented", "substantially_implemented")),
                null,
                List.of()),
            new Comparison(
                "engagement_channels",
                "2020",
                "2022",
                "government",
                "independent",
                "two_proportion",
                "gifct",
                40L,
                52L,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                "fewer than two groups with answers",
                List.of("new choices [call_secretariat] have no earlier round to compare with"))),
        List.of(
            new Transition(
                "status_crisis_response", "2020", "2022", "all", "planned", "implemented", 17L)),
        List.of(
            new CommitmentProgress(
                "cc.crisis_response",
                "all",
                "2022",
                300L,
                List.of(
                    new CommitmentProgress.LevelShare("planned", 100L, 1 / 3.0),
                    new CommitmentProgress.LevelShare("implemented", 200L, 2 / 3.0)),
                0.25)),
        List.of(
            new KeyFinding(
                1,
                "finding.commitment.progress",
                List.of(
                    new Argument("item", "item", "cc.crisis_response"),
                    new Argument("to_share", "share", 2 / 3.0)),
                "computed")));
  }

  @Test
  void recordsSerialiseToValidFindingsJson() throws Exception {
    JsonSchema schema;
    try (InputStream in = getClass().getResourceAsStream("/schemas/findings.schema.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
    JsonNode document = JSON.valueToTree(sample());
    Set<ValidationMessage> problems = schema.validate(document);
    assertEquals(Set.of(), problems);
  }

  /** Open answers as the public edition gives them: counts hidden as small cells are null. */
  static Findings withHiddenOpenAnswers() {
    Findings f = sample();
    OpenAnswers open =
        new OpenAnswers(
            List.of(
                new OpenAnswers.Coding(
                    "ccc", 1, "comments", "2022", "all", 50L, null, null, 6L, null)),
            List.of(
                new OpenAnswers.ThemeCount(
                    "ccc", "comments", "legal", "2022", "all", null, 44L, null, null, null),
                new OpenAnswers.ThemeCount(
                    "ccc", "comments", "funding", "2022", "all", 20L, 44L, 20 / 44.0, 15L, 39L)),
            List.of(),
            List.of(new OpenAnswers.Campaign("comments", "2022", 6, true, List.of("funding"))));
    return new Findings(
        f.formatVersion(),
        f.project(),
        f.edition(),
        f.rounds(),
        f.participation(),
        f.panel(),
        f.comparisons(),
        f.transitions(),
        f.commitments(),
        f.keyFindings(),
        open);
  }

  @Test
  void hiddenOpenAnswerCountsAreValidFindingsJsonAndReadBack() throws Exception {
    JsonSchema schema;
    try (InputStream in = getClass().getResourceAsStream("/schemas/findings.schema.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
    Findings sample = withHiddenOpenAnswers();
    assertEquals(Set.of(), schema.validate(JSON.valueToTree(sample)));
    Findings read = JSON.readValue(JSON.writeValueAsString(sample), Findings.class);
    assertEquals(sample.openAnswers().coding(), read.openAnswers().coding());
    assertEquals(sample.openAnswers().themes(), read.openAnswers().themes());
  }

  @Test
  void findingsReadBack() throws Exception {
    Findings sample = sample();
    Findings read = JSON.readValue(JSON.writeValueAsString(sample), Findings.class);
    assertEquals(sample.comparisons(), read.comparisons());
    assertEquals(sample.commitments(), read.commitments());
    assertEquals(sample.transitions(), read.transitions());
  }
}
