package dev.stocktake.reports.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stocktake.reports.model.Labels;
import dev.stocktake.schema.findings.Findings;
import dev.stocktake.schema.findings.KeyFinding;
import dev.stocktake.schema.findings.KeyFinding.Argument;
import dev.stocktake.schema.project.Project;
import dev.stocktake.translations.Catalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyFindingsDocumentTest {
  private static final Project EXAMPLE =
      Project.load(Path.of("../examples/christchurch-call-consultation"));
  private static final Catalog CATALOG = Catalog.load();

  private static Findings findings(List<KeyFinding> keyFindings) {
    return new Findings(
        Findings.FORMAT_VERSION,
        "christchurch-call-consultation",
        "public",
        List.of("2020", "2022"),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        keyFindings);
  }

  private static final List<KeyFinding> PLANTED =
      List.of(
          new KeyFinding(
              1,
              "finding.commitment.progress",
              List.of(
                  new Argument("item", "item", "cc.crisis_response"),
                  new Argument("group", "group", "all"),
                  new Argument("level", "choice", "implemented"),
                  new Argument("from_round", "round", "2020"),
                  new Argument("to_round", "round", "2022"),
                  new Argument("from_share", "share", 0.159),
                  new Argument("to_share", "share", 0.285)),
              "computed"),
          new KeyFinding(
              2,
              "finding.question.shift",
              List.of(
                  new Argument("question", "question", "status_crisis_response"),
                  new Argument("group", "group", "all"),
                  new Argument("from_round", "round", "2020"),
                  new Argument("to_round", "round", "2022"),
                  new Argument("test", "text", "mann_whitney"),
                  new Argument("effect_name", "text", "rank_biserial"),
                  new Argument("effect", "number", 0.307),
                  new Argument("p_adjusted", "p_value", 3.59e-8)),
              "computed"),
          new KeyFinding(
              3,
              "finding.participation.change",
              List.of(
                  new Argument("from_round", "round", "2020"),
                  new Argument("to_round", "round", "2022"),
                  new Argument("from_count", "count", 240),
                  new Argument("to_count", "count", 300)),
              "computed"));

  private static String render(String language) {
    Labels labels =
        new Labels(
            language, EXAMPLE.config(), EXAMPLE.newestSchema(), EXAMPLE.framework().orElse(null));
    return KeyFindingsDocument.render(findings(PLANTED), labels, CATALOG.messages(language));
  }

  @Test
  void everyLanguageOfTheExampleSaysEveryFindingWithoutRawKeysOrIds() {
    for (String language : List.of("en", "fr", "es", "ar")) {
      String md = render(language);
      assertFalse(md.contains("finding."), language + ": a raw message key\n" + md);
      assertFalse(md.contains("status_crisis_response"), language + ": a raw question id\n" + md);
      assertTrue(md.contains("\n1. ") && md.contains("\n3. "), language + "\n" + md);
    }
  }

  @Test
  void englishReadsAsASentenceWithPercentagesAndPlurals() {
    String md = render("en");
    assertTrue(md.startsWith("# Christchurch Call Community Consultation: findings\n"), md);
    assertTrue(md.contains("16%") && md.contains("28%"), md);
    assertTrue(md.contains("“Fully implemented”"), "a level is named, not coded: " + md);
    assertTrue(md.contains("300 respondents took part in"), md);
    assertTrue(md.contains("p \\< 0.001"), md);
  }

  @Test
  void hostileLabelsAreInertMarkdown() {
    assertEquals(
        "\\<script\\>alert(1)\\</script\\>", MarkdownText.escape("<script>alert(1)</script>"));
    assertEquals("\\[x\\](javascript:y)", MarkdownText.escape("[x](javascript:y)"));
    assertEquals("a \\*b\\* \\&amp; \\`c\\`", MarkdownText.escape("a *b* &amp; `c`"));
  }
}
