package dev.stocktake.etl.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stocktake.etl.generate.GenerationProfile.Progress;
import dev.stocktake.etl.generate.GenerationProfile.Region;
import dev.stocktake.schema.SchemaException;
import dev.stocktake.schema.io.DocumentReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerationProfileTest {
  private static final Path EXAMPLE = Path.of("../examples/christchurch-call-consultation");

  @TempDir Path folder;

  private static GenerationProfile rates(
      Double responseRate, Double panelShare, Double growth, Double missing, Double duplicate) {
    return new GenerationProfile(
        null, responseRate, panelShare, growth, missing, duplicate, null, null, null, null);
  }

  private static String rejection(
      Double responseRate, Double panelShare, Double growth, Double missing, Double duplicate) {
    return assertThrows(
            IllegalArgumentException.class,
            () -> rates(responseRate, panelShare, growth, missing, duplicate))
        .getMessage();
  }

  @Test
  void defaultsFillEveryField() {
    GenerationProfile p = GenerationProfile.defaults();

    assertEquals(Map.of(), p.groupMix());
    assertEquals(0.72, p.responseRate());
    assertEquals(0.6, p.panelShare());
    assertEquals(1.25, p.growth());
    assertEquals(0.06, p.missingRate());
    assertEquals(0.01, p.duplicateRate());
    assertEquals(0.08, p.progress().perRound());
    assertEquals(Map.of(), p.progress().byCommitment());
    assertEquals(
        List.of(
            "sub_saharan_africa",
            "middle_east_north_africa",
            "asia",
            "oceania_pacific",
            "europe",
            "north_america",
            "latin_america_caribbean"),
        p.regions().stream().map(Region::id).toList());
    assertNull(p.regionQuestion());
  }

  @Test
  void anEmptyRegionListMeansTheDefaultRegions() {
    GenerationProfile p =
        new GenerationProfile(null, null, null, null, null, null, null, List.of(), null, null);

    assertEquals(GenerationProfile.defaults().regions(), p.regions());
  }

  @Test
  void progressFallsBackToTheRoundDefault() {
    Progress progress = new Progress(0.04, Map.of("cc.crisis_response", 0.22));

    assertEquals(0.22, progress.of("cc.crisis_response"));
    assertEquals(0.04, progress.of("cc.transparency"));
    assertEquals(0.04, progress.of(null));
    assertEquals(0.08, new Progress(null, null).of("cc.crisis_response"));
  }

  @Test
  void regionNeedsCountriesAndWeighsOneByDefault() {
    assertEquals(1.0, new Region("europe", null, Map.of("France", "fr")).weight());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new Region("atlantis", 1.0, Map.of()));
    assertEquals("region atlantis lists no countries", e.getMessage());
  }

  @Test
  void ratesOutOfRangeAreRejectedByName() {
    assertEquals(
        "response_rate must be between 0.01 and 1.0, not 1.5",
        rejection(1.5, null, null, null, null));
    assertEquals(
        "response_rate must be between 0.01 and 1.0, not 0.0",
        rejection(0.0, null, null, null, null));
    assertEquals(
        "panel_share must be between 0.0 and 1.0, not -0.1",
        rejection(null, -0.1, null, null, null));
    assertEquals(
        "growth must be between 0.1 and 100.0, not 0.05", rejection(null, null, 0.05, null, null));
    assertEquals(
        "missing_rate must be between 0.0 and 1.0, not 2.0",
        rejection(null, null, null, 2.0, null));
    assertEquals(
        "duplicate_rate must be between 0.0 and 1.0, not 1.01",
        rejection(null, null, null, null, 1.01));
  }

  @Test
  void boundsThemselvesAreAccepted() {
    GenerationProfile low = rates(0.01, 0.0, 0.1, 0.0, 0.0);
    GenerationProfile high = rates(1.0, 1.0, 100.0, 1.0, 1.0);

    assertEquals(0.01, low.responseRate());
    assertEquals(100.0, high.growth());
  }

  @Test
  void notANumberIsRejected() {
    assertEquals(
        "response_rate must be between 0.01 and 1.0, not NaN",
        rejection(Double.NaN, null, null, null, null));
  }

  @Test
  void readsTheExamplesGeneratorYaml() {
    GenerationProfile p =
        new DocumentReader()
            .read(EXAMPLE.resolve("generator.yaml"), GenerationProfile.class)
            .value();

    assertEquals(
        Map.of(
            "government", 0.32,
            "online_service_provider", 0.30,
            "civil_society", 0.28,
            "partner", 0.10),
        p.groupMix());
    assertEquals(0.72, p.responseRate());
    assertEquals(0.6, p.panelShare());
    assertEquals(1.25, p.growth());
    assertEquals(0.06, p.missingRate());
    assertEquals(0.01, p.duplicateRate());
    assertEquals(new Progress(0.04, Map.of("cc.crisis_response", 0.22)), p.progress());
    assertEquals(GenerationProfile.defaults().regions(), p.regions());
    assertEquals("hq_region", p.regionQuestion());
    assertEquals(0.10, p.openAnswers().sharesIn("2020", "crisis_comments").get("crisis_protocols"));
    assertEquals(0.35, p.openAnswers().sharesIn("2022", "crisis_comments").get("crisis_protocols"));
    assertEquals(12, p.openAnswers().campaign().size());
    assertEquals(3, p.openAnswers().campaign().variants().size());
  }

  @Test
  void openAnswerSharesAndCampaignSizeAreChecked() {
    assertEquals(
        "open_answers.shares.crisis_comments.crisis_protocols must be between 0.0 and 1.0, not 1.5",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    new OpenAnswers(
                        Map.of("crisis_comments", Map.of("crisis_protocols", 1.5)),
                        null,
                        null,
                        null))
            .getMessage());
    assertEquals(
        "open_answers.campaign.size must be at least 1 and at least the number of variants (2),"
            + " not 1",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    new OpenAnswers.Campaign(
                        "2022", "q", "civil_society", "en", 1, "text", List.of("a", "b")))
            .getMessage());
  }

  @Test
  void aRateOutOfRangeInTheFileIsAProblemOfThatFile() throws IOException {
    Path file = folder.resolve("generator.yaml");
    Files.writeString(file, "panel_share: 0.5\nresponse_rate: 1.5\n");

    SchemaException e =
        assertThrows(
            SchemaException.class, () -> new DocumentReader().read(file, GenerationProfile.class));

    assertEquals(1, e.problems().size());
    assertEquals(file.toString(), e.problems().get(0).file());
    assertEquals(
        "response_rate must be between 0.01 and 1.0, not 1.5", e.problems().get(0).message());
  }
}
