package dev.stocktake.reports.clearance;

import dev.stocktake.reports.model.Labels;
import dev.stocktake.reports.model.UserText;
import dev.stocktake.reports.render.Templates;
import dev.stocktake.schema.Question;
import dev.stocktake.schema.clearance.ClearanceDecision;
import dev.stocktake.schema.clearance.ClearanceDecision.Decision;
import dev.stocktake.schema.clearance.RespondentAnswers;
import dev.stocktake.schema.clearance.RespondentAnswers.Answer;
import dev.stocktake.translations.Messages;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A clearance document: one respondent's answers as self-contained HTML in their language, each
 * with how the report would use it, for the respondent to check and clear before dissemination.
 * Every sentence is a {@code clearance.*} message; every name a label; the template escapes all of
 * it, so an answer can never become markup.
 */
public final class ClearanceDocument {
  private static final Configuration TEMPLATES =
      Templates.configuration("dev/stocktake/reports/templates");

  private ClearanceDocument() {}

  /**
   * Renders the document.
   *
   * @param decisions clearance decisions of the round; those of other respondents are ignored
   * @param threshold the smallest number of respondents a published figure rests on
   * @param labels names in the respondent's language, from the newest schema
   * @param messages sentences in the respondent's language
   */
  public static String render(
      RespondentAnswers respondent,
      List<ClearanceDecision> decisions,
      int threshold,
      Labels labels,
      Messages messages) {
    Map<String, Decision> decided = new HashMap<>();
    for (ClearanceDecision d : decisions) {
      if (d.respondent().equals(respondent.respondent()) && d.round().equals(respondent.round())) {
        decided.put(d.question(), d.decision());
      }
    }
    String organisation =
        UserText.withoutBidiControls(
            respondent.name().isBlank() ? respondent.respondent() : respondent.name().strip());
    Map<String, Object> who = Map.of("organisation", organisation);
    String round = labels.round(respondent.round());

    List<Map<String, Object>> answers = new ArrayList<>();
    for (Answer answer : respondent.answers()) {
      Question question = labels.questionOf(answer.question()).orElse(null);
      Decision decision = decided.get(answer.question());
      Use use = Use.of(question, respondent.consent(), decision);
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("question", labels.question(answer.question()));
      item.put("values", values(question, answer, labels, messages));
      item.put("withheld", answer.withheld() || answer.values().isEmpty());
      item.put("use", messages.format(use.messageKey(), who));
      item.put("cleared", decision == Decision.CLEARED && use != Use.AGGREGATE);
      answers.add(item);
    }

    Map<String, Object> model = new LinkedHashMap<>();
    model.put("lang", messages.lang());
    model.put("dir", messages.direction());
    model.put("title", messages.format("clearance.title", Map.of("consultation", labels.title())));
    model.put("round", round);
    model.put("confidential", messages.format("clearance.confidential", who));
    model.put("draft", messages.draft() ? messages.format("report.note.draft") : "");
    model.put("greeting", messages.format("clearance.greeting", who));
    model.put("intro", messages.format("clearance.intro", Map.of("round", round)));
    model.put("about", about(respondent, labels, messages));
    model.put("consentHeading", messages.format("clearance.consent.heading"));
    model.put("consent", messages.format("clearance.consent." + respondent.consent().code(), who));
    model.put("aggregate", messages.format("clearance.aggregate", Map.of("threshold", threshold)));
    model.put("answersHeading", messages.format("clearance.answers.heading"));
    model.put(
        "answersCount",
        messages.format("clearance.answers.count", Map.of("count", answers.size())));
    model.put("answerLabel", messages.format("clearance.label.answer"));
    model.put("useLabel", messages.format("clearance.label.use"));
    model.put("withheldText", messages.format("clearance.answer.withheld"));
    model.put("clearedText", messages.format("clearance.decision.cleared"));
    model.put("answers", answers);
    model.put("changesHeading", messages.format("clearance.changes.heading"));
    model.put("changes", messages.format("clearance.changes"));

    StringWriter out = new StringWriter();
    try {
      TEMPLATES.getTemplate("clearance.ftlh").process(model, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (TemplateException e) {
      throw new IllegalStateException("the clearance template failed: " + e.getMessage(), e);
    }
    return out.toString();
  }

  /** Group, region and country as the respondent would recognise them, label then value. */
  private static List<List<String>> about(
      RespondentAnswers respondent, Labels labels, Messages messages) {
    List<List<String>> rows = new ArrayList<>();
    if (respondent.group() != null && !respondent.group().isBlank()) {
      rows.add(List.of(messages.format("report.column.group"), labels.group(respondent.group())));
    }
    if (respondent.region() != null && !respondent.region().isBlank()) {
      rows.add(
          List.of(messages.format("report.column.region"), labels.region(respondent.region())));
    }
    return rows;
  }

  /** An answer's values as people read them: choice labels, numbers in the locale's format. */
  private static List<String> values(
      Question question, Answer answer, Labels labels, Messages messages) {
    List<String> shown = new ArrayList<>();
    for (String value : answer.values()) {
      shown.add(
          value(
              question, answer.question(), UserText.withoutBidiControls(value), labels, messages));
    }
    return shown;
  }

  private static String value(
      Question question, String id, String value, Labels labels, Messages messages) {
    if (question == null) {
      return value;
    }
    try {
      return switch (question.type()) {
        case YES_NO ->
            value.equals("yes") || value.equals("no")
                ? messages.format("clearance.answer." + value.toLowerCase(Locale.ROOT))
                : value;
        case SINGLE_CHOICE, MULTI_CHOICE, LIKERT -> labels.choice(id, value);
        // Grouping only from five digits, so that a year reads 2019, not 2,019.
        case INTEGER ->
            messages.format("report.cell.integer", Map.of("value", Long.parseLong(value.strip())));
        case DECIMAL -> {
          BigDecimal number = new BigDecimal(value.strip());
          yield messages.number(number.doubleValue(), Math.max(0, number.scale()));
        }
        default -> value;
      };
    } catch (NumberFormatException e) {
      return value;
    }
  }
}
