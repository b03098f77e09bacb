package dev.stocktake.reports.render;

/**
 * Makes text inert in Markdown: characters Markdown or embedded HTML would act on are escaped, so a
 * label or answer like {@code <script>} or {@code [click](javascript:…)} is shown as written.
 */
public final class MarkdownText {
  /**
   * Characters with an inline meaning (emphasis, code, links, HTML, entities, tables). Text is
   * always placed after a list marker or heading, so block-start characters need no escape, and the
   * Markdown stays readable as plain text in an email.
   */
  private static final String SPECIAL = "\\`*_[]<>|~&";

  private MarkdownText() {}

  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        out.append(' ');
      } else if (SPECIAL.indexOf(c) >= 0) {
        out.append('\\').append(c);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
