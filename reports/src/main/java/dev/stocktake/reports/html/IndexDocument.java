package dev.stocktake.reports.html;

import dev.stocktake.reports.input.Clearances;
import dev.stocktake.reports.input.ReportInputs;
import dev.stocktake.reports.model.FindingArguments;
import dev.stocktake.reports.model.Labels;
import dev.stocktake.reports.render.Templates;
import dev.stocktake.reports.suppression.KeyFindingFilter;
import dev.stocktake.reports.suppression.ParticipationSuppression;
import dev.stocktake.reports.suppression.TestCells;
import dev.stocktake.reports.view.Block;
import dev.stocktake.reports.view.Fact;
import dev.stocktake.reports.view.Link;
import dev.stocktake.reports.view.ReportView;
import dev.stocktake.schema.findings.Findings;
import dev.stocktake.schema.findings.KeyFinding;
import dev.stocktake.schema.findings.PanelFlow;
import dev.stocktake.schema.findings.ParticipationCell;
import dev.stocktake.translations.Messages;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code report/<lang>/index.html}: the whole report in one language, one self-contained file —
 * summary and key findings first, then participation, progress on commitments, question by
 * question, quotes, methodology and data notes.
 */
public final class IndexDocument {
  private static final Configuration TEMPLATES =
      Templates.configuration("dev/stocktake/reports/templates");

  /** Keys of the fixed strings the template shows, handed to it already translated. */
  private static final List<String> TEXT_KEYS =
      List.of(
          "report.heading.summary",
          "report.heading.key_findings",
          "report.heading.participation",
          "report.heading.commitment_progress",
          "report.heading.comparisons",
          "report.heading.quotes",
          "report.heading.themes",
          "report.intro.themes",
          "report.heading.methodology",
          "report.heading.data_notes",
          "report.heading.contents",
          "report.nav.languages",
          "report.edition.label",
          "report.legend.label",
          "report.intro.commitments",
          "report.intro.comparisons",
          "report.intro.quotes",
          "report.quotes.none",
          "report.skip",
          "report.tests.show");

  /**
   * How this report is made.
   *
   * @param publicEdition small cells hidden, only published questions quoted
   * @param threshold the smallest count the public edition shows
   * @param languages the report in the project's other languages, for the language menu
   */
  public record Settings(boolean publicEdition, int threshold, List<Link> languages) {
    public Settings {
      languages = List.copyOf(languages);
    }
  }

  private IndexDocument() {}

  public static String render(
      ReportInputs inputs,
      Clearances clearances,
      Labels labels,
      Messages messages,
      String sourceLanguageName,
      Settings settings) {
    Findings findings = inputs.findings();
    Page page =
        new Page(
            labels,
            messages,
            settings.publicEdition(),
            settings.threshold(),
            TestCells.of(inputs.distributions()));
    ParticipationSuppression suppression =
        new ParticipationSuppression(findings, labels.schema().groupIds(), page.threshold());
    ParticipationSection participation = new ParticipationSection(page, findings, suppression);
    List<String> rounds = findings.rounds();
    Map<String, String> text = new HashMap<>();
    for (String key : TEXT_KEYS) {
      text.put(key, messages.format(key));
    }
    List<Block> participationBlocks = participation.blocks();
    List<Block> commitments = new CommitmentSection(page, findings).blocks();
    var questions = new QuestionSection(page, findings, inputs.distributions()).parts();
    List<Block> themes = new ThemeSection(page, findings, labels::theme).blocks();
    var quotes =
        QuoteSection.quotes(
            page, clearances.respondents(), clearances.decisions(), findings.openAnswers());
    NotesSection notes = new NotesSection(page);
    List<String> methodology = notes.methodology(findings);
    List<String> keyFindings =
        keyFindings(
            page,
            KeyFindingFilter.publicEdition(
                findings, suppression, page.testCells, page.threshold()));
    List<Block> dataNotes = new ArrayList<>();
    dataNotes.add(notes.data(inputs.data()));
    dataNotes.add(notes.consent(clearances.respondents(), clearances.decisions()));
    String title = messages.format("report.title", Map.of("consultation", labels.title()));
    String subtitle =
        rounds.size() < 2
            ? ""
            : messages.format(
                "report.subtitle",
                Map.of(
                    "from_round", labels.round(rounds.get(0)),
                    "to_round", labels.round(rounds.get(rounds.size() - 1))));
    String edition =
        settings.publicEdition()
            ? messages.format("report.edition.public", Map.of("threshold", settings.threshold()))
            : messages.format("report.edition.community");
    List<Fact> facts = facts(page, participation, findings, keyFindings.size());
    List<String> summary = summary(page, participation, findings);
    summary.add(
        messages.format("report.summary.key_findings", Map.of("count", keyFindings.size())));
    String draft = messages.draft() ? messages.format("report.note.draft") : "";
    // Last: these count what the rest of the report hid and showed in the source language.
    dataNotes.add(notes.suppression());
    dataNotes.add(notes.translations(sourceLanguageName, messages.draft()));
    ReportView view =
        new ReportView(
            messages.lang(),
            messages.direction(),
            title,
            subtitle,
            edition,
            settings.publicEdition(),
            draft,
            text,
            settings.languages(),
            facts,
            summary,
            keyFindings,
            participationBlocks,
            commitments,
            questions,
            themes,
            quotes,
            methodology,
            dataNotes);
    StringWriter out = new StringWriter();
    try {
      TEMPLATES.getTemplate("index.ftlh").process(Map.of("report", view), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (TemplateException e) {
      throw new IllegalStateException("the report template failed: " + e.getMessage(), e);
    }
    return out.toString();
  }

  /**
   * The key findings in words; in the public edition without those resting on a hidden count
   * ({@link KeyFindingFilter}).
   */
  private static List<String> keyFindings(Page page, Findings shown) {
    List<String> out = new ArrayList<>();
    for (KeyFinding finding : shown.keyFindings()) {
      out.add(
          page.messages.format(
              finding.key(),
              FindingArguments.of(finding, page.labels, page.t("report.group.all"))));
    }
    return out;
  }

  private static ParticipationCell total(Findings findings, String round) {
    return findings.participation().stream()
        .filter(c -> c.round().equals(round) && "all".equals(c.group()) && "all".equals(c.region()))
        .findFirst()
        .orElse(null);
  }

  private static List<Fact> facts(
      Page page, ParticipationSection participation, Findings findings, int keyFindings) {
    List<Fact> facts = new ArrayList<>();
    List<String> rounds = findings.rounds();
    if (rounds.isEmpty()) {
      return facts;
    }
    String last = rounds.get(rounds.size() - 1);
    ParticipationCell total = total(findings, last);
    if (total != null && !participation.isHidden(last, "all", "all")) {
      facts.add(
          new Fact(
              page.messages.count(total.respondents()),
              page.t("report.fact.respondents", Map.of("round", last))));
      if (total.responseRate() != null) {
        facts.add(
            new Fact(
                page.messages.percent(total.responseRate()),
                page.t("report.fact.response_rate", Map.of("round", last))));
      }
    }
    for (PanelFlow flow : findings.panel()) {
      if (flow.toRound().equals(last) && panelShown(page, flow)) {
        facts.add(
            new Fact(
                page.messages.count(flow.returning()),
                page.t(
                    "report.fact.returning",
                    Map.of("from_round", flow.fromRound(), "to_round", flow.toRound()))));
      }
    }
    facts.add(
        new Fact(
            page.messages.count(keyFindings),
            page.t("report.fact.key_findings", Map.of("count", keyFindings))));
    return facts;
  }

  /**
   * A panel flow is shown only when none of its three counts is small: each is the others'
   * difference. Compare hides all three (null) in the public edition when one is.
   */
  private static boolean panelShown(Page page, PanelFlow flow) {
    return shownCount(page, flow.returning())
        && shownCount(page, flow.newcomers())
        && shownCount(page, flow.dropped());
  }

  private static boolean shownCount(Page page, Long n) {
    return n != null && (n == 0 || n >= page.threshold());
  }

  private static List<String> summary(
      Page page, ParticipationSection participation, Findings findings) {
    List<String> out = new ArrayList<>();
    for (String round : findings.rounds()) {
      ParticipationCell c = total(findings, round);
      if (c == null || c.responseRate() == null || participation.isHidden(round, "all", "all")) {
        continue;
      }
      out.add(
          page.t(
              "report.summary.response",
              Map.of(
                  "respondents", c.respondents(),
                  "round", round,
                  "invited", c.invited(),
                  "response_rate", c.responseRate())));
    }
    for (PanelFlow flow : findings.panel()) {
      if (panelShown(page, flow)) {
        out.add(
            page.t(
                "report.summary.panel",
                Map.of(
                    "returning", flow.returning(),
                    "newcomers", flow.newcomers(),
                    "dropped", flow.dropped(),
                    "from_round", flow.fromRound(),
                    "to_round", flow.toRound())));
      }
    }
    return out;
  }
}
