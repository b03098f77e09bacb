package dev.stocktake.reports.html;

import dev.stocktake.reports.view.Quote;
import dev.stocktake.schema.Question;
import dev.stocktake.schema.QuestionType;
import dev.stocktake.schema.clearance.ClearanceDecision;
import dev.stocktake.schema.clearance.Consent;
import dev.stocktake.schema.clearance.RespondentAnswers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Quotes from open answers, as their authors cleared them: only respondents whose consent is {@code
 * full} (quoted with their organisation's name) or {@code anonymous} (quoted with only their group
 * and region), never an answer a {@code clearance.csv} redacts, and in the public edition only
 * questions the schema publishes.
 */
final class QuoteSection {
  /** At most this many quotes per question, so that no few voices fill the report. */
  static final int PER_QUESTION = 5;

  private QuoteSection() {}

  static List<Quote> quotes(
      Page page, List<RespondentAnswers> respondents, List<ClearanceDecision> decisions) {
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

  private static String text(RespondentAnswers r, String question) {
    return r.answers().stream()
        .filter(a -> a.question().equals(question) && !a.withheld())
        .flatMap(a -> a.values().stream())
        .findFirst()
        .orElse("")
        .strip();
  }

  private static String attribution(Page page, RespondentAnswers r) {
    Map<String, Object> args =
        Map.of(
            "name", r.name() == null ? "" : r.name(),
            "group", r.group() == null ? "" : page.group(r.group()),
            "region", r.region() == null ? "" : page.region(r.region()));
    String who =
        r.consent() == Consent.FULL && r.name() != null && !r.name().isBlank()
            ? page.t("report.quote.named", args)
            : page.t("report.quote.anonymous", args);
    // A quote stays in the language it was written in; readers are told which.
    String written = r.language() == null ? "" : r.language().split("-")[0];
    if (written.isEmpty() || written.equals(page.messages.lang().split("-")[0])) {
      return who;
    }
    return who
        + " — "
        + page.t(
            "report.quote.written_in", Map.of("language", page.messages.languageName(written)));
  }
}
