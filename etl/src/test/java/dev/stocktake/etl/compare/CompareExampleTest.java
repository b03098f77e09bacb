package dev.stocktake.etl.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.opencsv.CSVReaderHeaderAware;
import dev.stocktake.etl.SharedSpark;
import dev.stocktake.etl.ingest.Ingest;
import dev.stocktake.schema.findings.CommitmentProgress;
import dev.stocktake.schema.findings.Comparison;
import dev.stocktake.schema.findings.Findings;
import dev.stocktake.schema.findings.KeyFinding;
import dev.stocktake.schema.findings.OpenAnswers;
import dev.stocktake.schema.findings.ParticipationCell;
import dev.stocktake.schema.findings.Transition;
import dev.stocktake.schema.project.Project;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Comparing the example's two rounds. Its generator planted one change (crisis response progresses
 * much faster than the other commitments); the findings must name it and not invent others.
 */
class CompareExampleTest {

  static Path out;
  static Findings findings;

  @BeforeAll
  static void ingestAndCompare() {
    findings = ComparedExample.findings();
    out = ComparedExample.out();
  }

  private static Comparison overall(String question, String design) {
    return findings.comparisons().stream()
        .filter(
            c ->
                c.question().equals(question)
                    && c.group().equals("all")
                    && c.design().equals(design)
                    && c.choice() == null)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + design + " comparison of " + question));
  }

  @Test
  void participationCountsEveryRespondentAndTheRoster() {
    var total2022 =
        findings.participation().stream()
            .filter(
                c ->
                    c.round().equals("2022") && c.group().equals("all") && c.region().equals("all"))
            .findFirst()
            .orElseThrow();
    assertEquals(300, total2022.respondents());
    assertEquals(417, total2022.invited());
    assertEquals(300 / 417.0, total2022.responseRate(), 1e-12);
    assertEquals(1, findings.panel().size());
    assertEquals(
        240 + 300,
        2 * findings.panel().get(0).returning()
            + findings.panel().get(0).newcomers()
            + findings.panel().get(0).dropped());
  }

  @Test
  void theStatusQuestionsAreComparedOnTheMergedScale() {
    Comparison crisis = overall("status_crisis_response", "independent");
    assertEquals("mann_whitney", crisis.test());
    assertEquals(
        List.of(List.of("partially_implemented", "substantially_implemented")), crisis.merged());
    assertNotNull(crisis.pAdjusted());
    assertEquals("wilcoxon_signed_rank", overall("status_crisis_response", "panel").test());
    assertTrue(
        findings.transitions().stream()
            .anyMatch(
                t ->
                    t.question().equals("status_crisis_response")
                        && t.fromValue().equals("planned")
                        && t.toValue().equals("implemented")));
  }

  @Test
  void thePlantedProgressOnCrisisResponseIsFoundAndLeads() {
    Comparison crisis = overall("status_crisis_response", "independent");
    assertTrue(crisis.pAdjusted() < 0.05, "crisis response: " + crisis);
    assertTrue(crisis.effect() > 0, "answers moved up the scale: " + crisis);
    KeyFinding first = findings.keyFindings().get(0);
    assertEquals("finding.commitment.progress", first.key());
    assertEquals("cc.crisis_response", first.args().get(0).value());
    // Nothing else was planted: the other key findings are the participation change only, shifts
    // of the crisis response question itself, or the planted rise of crisis protocols in the open
    // answers (OpenAnswersExampleTest).
    for (KeyFinding k : findings.keyFindings().subList(1, findings.keyFindings().size())) {
      boolean aboutCrisis =
          k.args().stream()
              .anyMatch(
                  a ->
                      "status_crisis_response".equals(a.value())
                          || "crisis_protocols".equals(a.value()));
      assertTrue(aboutCrisis || k.key().equals("finding.participation.change"), "unplanted: " + k);
    }
  }

  @Test
  void noOtherStatusQuestionShowsASignificantShift() {
    for (String q :
        List.of(
            "status_human_rights",
            "status_multistakeholder",
            "status_free_open_internet",
            "status_transparency_reporting",
            "status_info_sharing")) {
      Comparison c = overall(q, "independent");
      assertFalse(c.pAdjusted() < 0.05, q + " was not planted to change: " + c);
    }
  }

  @Test
  void commitmentProgressSumsToOnePerGroupAndRound() {
    for (CommitmentProgress p : findings.commitments()) {
      double sum = p.levels().stream().mapToDouble(CommitmentProgress.LevelShare::share).sum();
      assertEquals(1.0, sum, 1e-9, p.toString());
    }
  }

  @Test
  void findingsJsonReadsBackIntoTheSameRecords() throws Exception {
    ObjectMapper json =
        new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    Findings read = json.readValue(out.resolve("findings.json").toFile(), Findings.class);
    assertEquals(findings.comparisons(), read.comparisons());
    assertEquals(findings.commitments(), read.commitments());
    assertTrue(Files.exists(out.resolve("distributions.csv")));
    assertTrue(Files.exists(out.resolve("comparisons/_SUCCESS")));
  }

  @Test
  void aSecondRunGivesTheSameBytes() throws Exception {
    byte[] before = Files.readAllBytes(out.resolve("findings.json"));
    Compare.run(
        SharedSpark.session(),
        Project.load(ComparedExample.EXAMPLE),
        new Compare.Options(out, "community", ComparedExample.KEY_ENVIRONMENT),
        p -> {});
    assertEquals(
        new String(before, StandardCharsets.UTF_8), Files.readString(out.resolve("findings.json")));
  }

  /**
   * An ingest killed half way through replacing its outputs: its journal is written, the old
   * answers are moved aside, the new ones are still in staging. The compare finishes that commit
   * before it reads, and finds what it found before.
   */
  @Test
  void aCompareFinishesAnIngestCommitThatACrashInterrupted(@TempDir Path temp) throws Exception {
    Path copy = temp.resolve("out");
    for (String output : Ingest.OUTPUTS) {
      copyTree(out.resolve(output), copy.resolve(output));
    }
    Files.createDirectories(copy.resolve(".ingest-staging"));
    Files.move(copy.resolve("answers"), copy.resolve(".ingest-staging/answers"));
    Files.createDirectories(copy.resolve(".ingest-old-answers"));
    Files.writeString(copy.resolve(".ingest-commit"), String.join("\n", Ingest.OUTPUTS) + "\n");

    Compare.run(
        SharedSpark.session(),
        Project.load(ComparedExample.EXAMPLE),
        new Compare.Options(copy, "community", ComparedExample.KEY_ENVIRONMENT),
        p -> {});

    assertEquals(-1, Files.mismatch(out.resolve("findings.json"), copy.resolve("findings.json")));
    try (Stream<Path> entries = Files.list(copy)) {
      assertEquals(
          List.of(),
          entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList());
    }
  }

  /**
   * The public edition of the example's comparison: no count from 1 to 4 in distributions,
   * comparisons or findings.json, every count it shows the community edition's, and every test it
   * gives the community edition's figures.
   */
  @Test
  void thePublicEditionHidesSmallCellsAndShowsTheRestAsTheCommunityEdition(@TempDir Path temp)
      throws Exception {
    Path copy = temp.resolve("out");
    for (String output : Ingest.OUTPUTS) {
      copyTree(out.resolve(output), copy.resolve(output));
    }
    Findings shown =
        Compare.run(
            SharedSpark.session(),
            Project.load(ComparedExample.EXAMPLE),
            new Compare.Options(copy, "public", ComparedExample.KEY_ENVIRONMENT),
            p -> {});

    Map<String, String> community = countsByLine(out.resolve("distributions.csv"));
    Map<String, String> published = countsByLine(copy.resolve("distributions.csv"));
    assertEquals(community.keySet(), published.keySet(), "the same lines");
    int hidden = 0;
    for (Map.Entry<String, String> e : published.entrySet()) {
      if (e.getValue().isEmpty()) {
        hidden++;
      } else {
        assertEquals(community.get(e.getKey()), e.getValue(), e.getKey());
        long n = Long.parseLong(e.getValue());
        assertTrue(n == 0 || n >= 5, e.getKey() + ": " + n);
      }
    }
    assertTrue(hidden > 0, "the example has small cells");

    Findings all = ComparedExample.findings();
    assertEquals(all.comparisons().size(), shown.comparisons().size());
    int withheld = 0;
    for (int i = 0; i < shown.comparisons().size(); i++) {
      Comparison c = shown.comparisons().get(i);
      if ("suppressed".equals(c.note())) {
        withheld++;
        assertNull(c.p());
        assertNull(c.effect());
      } else if (c.nFrom() != null && c.nTo() != null) {
        assertEquals(all.comparisons().get(i), c);
      }
    }
    assertTrue(withheld > 0, "some tests rest on hidden counts");
    for (ParticipationCell c : shown.participation()) {
      assertTrue(
          c.respondents() == null || c.respondents() == 0 || c.respondents() >= 5, c::toString);
    }
    for (Transition t : shown.transitions()) {
      assertTrue(
          t.respondents() == null || t.respondents() == 0 || t.respondents() >= 5, t::toString);
    }
    // Open answers: no theme count, nor the answers without it, from 1 to 4; no coding count
    // from 1 to 4; a theme test on a hidden count withheld; no campaign of fewer than 5.
    int hiddenThemes = 0;
    for (OpenAnswers.ThemeCount t : shown.openAnswers().themes()) {
      if (t.respondents() == null) {
        hiddenThemes++;
        assertNull(t.share(), t::toString);
        assertNull(t.respondentsOnce(), t::toString);
      } else {
        assertTrue(t.respondents() == 0 || t.respondents() >= 5, t::toString);
        if (t.answered() != null) {
          long rest = t.answered() - t.respondents();
          assertTrue(rest == 0 || rest >= 5, t::toString);
        }
      }
    }
    int hiddenCoding = 0;
    for (OpenAnswers.Coding c : shown.openAnswers().coding()) {
      for (Long n :
          java.util.Arrays.asList(c.asked(), c.coded(), c.uncoded(), c.blank(), c.byHand())) {
        if (n == null) {
          hiddenCoding++;
        } else {
          assertTrue(n == 0 || n >= 5, c::toString);
        }
      }
    }
    long themeTestsWithheld =
        shown.openAnswers().tests().stream().filter(c -> "suppressed".equals(c.note())).count();
    for (OpenAnswers.Campaign c : shown.openAnswers().campaigns()) {
      assertTrue(c.size() >= 5, c::toString);
    }
    System.out.println(
        "CompareExampleTest public edition open answers: "
            + hiddenThemes
            + " of "
            + shown.openAnswers().themes().size()
            + " theme counts hidden, "
            + hiddenCoding
            + " of "
            + shown.openAnswers().coding().size() * 5
            + " coding counts hidden, "
            + themeTestsWithheld
            + " of "
            + shown.openAnswers().tests().size()
            + " theme tests withheld, "
            + shown.openAnswers().campaigns().size()
            + " of "
            + all.openAnswers().campaigns().size()
            + " campaigns given");
    System.out.println(
        "CompareExampleTest public edition: "
            + hidden
            + " of "
            + published.size()
            + " distribution lines hidden, "
            + withheld
            + " of "
            + shown.comparisons().size()
            + " tests withheld, "
            + shown.keyFindings().size()
            + " of "
            + all.keyFindings().size()
            + " key findings kept");
  }

  /** The respondents column of distributions.csv by question, round, group, kind and value. */
  private static Map<String, String> countsByLine(Path csv) throws IOException {
    Map<String, String> out = new java.util.TreeMap<>();
    try (var in = Files.newBufferedReader(csv);
        CSVReaderHeaderAware reader = new CSVReaderHeaderAware(in)) {
      Map<String, String> r;
      while ((r = reader.readMap()) != null) {
        out.put(
            String.join(
                " ",
                r.get("question"),
                r.get("round"),
                r.get("group"),
                r.get("kind"),
                r.get("value")),
            r.get("respondents"));
      }
    } catch (com.opencsv.exceptions.CsvValidationException e) {
      throw new IOException(csv + ": " + e.getMessage(), e);
    }
    return out;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
