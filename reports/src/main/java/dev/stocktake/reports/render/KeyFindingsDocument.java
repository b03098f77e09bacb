package dev.stocktake.reports.render;

import dev.stocktake.reports.model.FindingArguments;
import dev.stocktake.reports.model.Labels;
import dev.stocktake.schema.findings.Findings;
import dev.stocktake.schema.findings.KeyFinding;
import dev.stocktake.translations.Messages;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code key-findings.md}: the key findings alone, in one language, for newsletters and email.
 * Every finding is its message in the report language with its arguments named as people read them;
 * the text is Markdown-escaped, so nothing in a label acts as markup.
 */
public final class KeyFindingsDocument {
  private static final Configuration TEMPLATES =
      Templates.configuration("dev/stocktake/reports/templates");

  private KeyFindingsDocument() {}

  public static String render(Findings findings, Labels labels, Messages messages) {
    String everyone = messages.format("report.group.all");
    List<String> lines = new ArrayList<>();
    for (KeyFinding finding : findings.keyFindings()) {
      lines.add(
          MarkdownText.escape(
              messages.format(finding.key(), FindingArguments.of(finding, labels, everyone))));
    }
    List<String> rounds = findings.rounds();
    Map<String, Object> model = new LinkedHashMap<>();
    model.put(
        "title",
        MarkdownText.escape(
            messages.format("report.title", Map.of("consultation", labels.title()))));
    model.put("heading", MarkdownText.escape(messages.format("report.heading.key_findings")));
    model.put("findings", lines);
    model.put(
        "summary",
        MarkdownText.escape(
            messages.format("report.summary.key_findings", Map.of("count", lines.size()))));
    model.put(
        "subtitle",
        rounds.size() < 2
            ? ""
            : MarkdownText.escape(
                messages.format(
                    "report.subtitle",
                    Map.of(
                        "from_round", rounds.get(0),
                        "to_round", rounds.get(rounds.size() - 1)))));
    StringWriter out = new StringWriter();
    try {
      TEMPLATES.getTemplate("key-findings.md.ftl").process(model, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (TemplateException e) {
      throw new IllegalStateException("the key-findings template failed: " + e.getMessage(), e);
    }
    return out.toString();
  }
}
