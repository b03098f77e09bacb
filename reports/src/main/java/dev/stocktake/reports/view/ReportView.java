package dev.stocktake.reports.view;

import java.util.List;
import java.util.Map;

/**
 * Everything index.html shows, in one language.
 *
 * @param text every fixed string of the template (headings, column names), by message key
 * @param participation, commitments blocks of those sections
 * @param questions the question-by-question section, by survey section
 * @param themes themes in open answers, a block per coded question
 * @param notes the data notes: counts, quarantine, suppression, consent, translation fallbacks
 */
public record ReportView(
    String lang,
    String dir,
    String title,
    String subtitle,
    String editionNote,
    boolean publicEdition,
    String draftNote,
    Map<String, String> text,
    List<Link> languages,
    List<Fact> facts,
    List<String> summary,
    List<String> keyFindings,
    List<Block> participation,
    List<Block> commitments,
    List<Part> questions,
    List<Block> themes,
    List<Quote> quotes,
    List<String> methodology,
    List<Block> notes) {
  public ReportView {
    text = Map.copyOf(text);
    languages = List.copyOf(languages);
    facts = List.copyOf(facts);
    summary = List.copyOf(summary);
    keyFindings = List.copyOf(keyFindings);
    participation = List.copyOf(participation);
    commitments = List.copyOf(commitments);
    questions = List.copyOf(questions);
    themes = List.copyOf(themes);
    quotes = List.copyOf(quotes);
    methodology = List.copyOf(methodology);
    notes = List.copyOf(notes);
  }
}
