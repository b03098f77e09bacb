package dev.stocktake.reports.html;

import dev.stocktake.reports.model.UserText;
import dev.stocktake.reports.view.Quote;
import dev.stocktake.schema.Question;
import dev.stocktake.schema.QuestionType;
import dev.stocktake.schema.clearance.ClearanceDecision;
import dev.stocktake.schema.clearance.Consent;
import dev.stocktake.schema.clearance.RespondentAnswers;
import dev.stocktake.schema.findings.OpenAnswers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Quotes from open answers, as their authors cleared them (per theme, as the findings chose them,
 * for coded questions): only respondents whose consent is {@code full} (quoted with their
 * organisation's name) or {@code anonymous} (quoted with only their group and region), never an
 * answer a {@code clearance.csv} redacts, and in the public edition only questions the schema
 * publishes.
 */
final class QuoteSection {
  /** At most this many quotes per question, so that no few voices fill the report. */
  static final int PER_QUESTION = 5;

  private QuoteSection() {}

  /**
   * The quotes of the report: for a question a codebook codes, the quotes the findings chose per
   * theme; for any other free-text question, the first cleared answers by respondent id.
   */
  static List<Quote> quotes(
      Page page,
      List<RespondentAnswers> respondents,
      List<ClearanceDecision> decisions,
      OpenAnswers open) {
    Set<String> coded = new HashSet<>();
    open.coding().forEach(c -> coded.add(c.question()));
    open.quotes().forEach(q -> coded.add(q.question()));
    Set<String> redacted = new HashSet<>();
    for (ClearanceDecision d : decisions) {
      if (d.decision() == ClearanceDecision.Decision.REDACTED) {
        redacted.add(d.round() + "\u0000" + d.respondent() + "\u0000" + d.question());
      }
    }
    List<Quote> out = new ArrayList<>();
    for (Question q : page.labels.schema().questions()) {
      if (q.type() != QuestionType.TEXT || (page.publicEdition && !q.isPublished())) {
        continue;
      }
      if (coded.contains(q.id())) {
        for (OpenAnswers.Quote t : open.quotes()) {
          if (t.question().equals(q.id())) {
            out.add(themeQuote(page, t));
          }
        }
        continue;
      }
      List<RespondentAnswers> quoting =
          respondents.stream()
              .filter(r -> r.consent().allowsQuotes())
              .filter(
                  r ->
                      !redacted.contains(r.round() + "\u0000" + r.respondent() + "\u0000" + q.id()))
              .filter(r -> !text(r, q.id()).isBlank())
              .sorted(Comparator.comparing(RespondentAnswers::respondent))
              .limit(PER_QUESTION)
              .toList();
      for (RespondentAnswers r : quoting) {
        out.add(
            new Quote(
                page.labels.question(q.id()), text(r, q.id()), attribution(page, r), r.language()));
      }
    }
    return out;
  }

  private static Quote themeQuote(Page page, OpenAnswers.Quote t) {
    String heading =
        page.t(
            "report.quote.theme",
            Map.of(
                "question",
                page.labels.question(t.question()),
                "theme",
                page.labels.theme(t.codebook(), t.theme())));
    Consent consent = "full".equals(t.consent()) ? Consent.FULL : Consent.ANONYMOUS;
    return new Quote(
        heading,
        UserText.withoutBidiControls(t.text()),
        attribution(page, consent, t.name(), t.group(), t.region(), t.language()),
        t.language());
  }

  private static String text(RespondentAnswers r, String question) {
    return r.answers().stream()
        .filter(a -> a.question().equals(question) && !a.withheld())
        .flatMap(a -> a.values().stream())
        .findFirst()
        .map(UserText::withoutBidiControls)
        .orElse("")
        .strip();
  }

  private static String attribution(Page page, RespondentAnswers r) {
    return attribution(page, r.consent(), r.name(), r.group(), r.region(), r.language());
  }

  private static String attribution(
      Page page, Consent consent, String name, String group, String region, String language) {
    Map<String, Object> args =
        Map.of(
            "name", name == null ? "" : UserText.withoutBidiControls(name),
            "group", group == null ? "" : page.group(group),
            "region", region == null ? "" : page.region(region));
    String who =
        consent == Consent.FULL && name != null && !name.isBlank()
            ? page.t("report.quote.named", args)
            : page.t("report.quote.anonymous", args);
    // A quote stays in the language it was written in; readers are told which.
    String written = language == null ? "" : language.split("-")[0];
    if (written.isEmpty() || written.equals(page.messages.lang().split("-")[0])) {
      return who;
    }
    return who
        + " — "
        + page.t(
            "report.quote.written_in", Map.of("language", page.messages.languageName(written)));
  }
}
