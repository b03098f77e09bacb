package dev.stocktake.translations.internal;

import java.util.List;

/**
 * Writes an XLIFF 2.0 document, always the same bytes for the same content: two-space indents, no
 * dates, {@code xml:space="preserve"} on each file so that tools keep spaces and line breaks.
 */
public final class XliffWriter {
  /** The XLIFF 2.0 namespace. */
  public static final String NAMESPACE = "urn:oasis:names:tc:xliff:document:2.0";

  private XliffWriter() {}

  /**
   * The document's text.
   *
   * @throws dev.stocktake.translations.TranslationsException when a text holds a character XML
   *     cannot carry
   */
  public static String write(String sourceLang, String targetLang, List<XliffFile> files) {
    StringBuilder out = new StringBuilder();
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.append("<xliff xmlns=\"")
        .append(NAMESPACE)
        .append("\" version=\"2.0\" srcLang=\"")
        .append(attribute(sourceLang))
        .append("\" trgLang=\"")
        .append(attribute(targetLang))
        .append("\">\n");
    for (XliffFile file : files) {
      out.append("  <file id=\"")
          .append(attribute(file.id()))
          .append("\" xml:space=\"preserve\">\n");
      notes(out, "    ", file.notes(), file.id());
      for (XliffUnit unit : file.units()) {
        out.append("    <unit id=\"").append(attribute(unit.id())).append("\">\n");
        notes(out, "      ", unit.notes(), unit.id());
        out.append("      <segment state=\"").append(attribute(unit.state())).append("\">\n");
        out.append("        <source>").append(text(unit.source(), unit.id())).append("</source>\n");
        if (unit.target() != null) {
          out.append("        <target>")
              .append(text(unit.target(), unit.id()))
              .append("</target>\n");
        }
        out.append("      </segment>\n");
        out.append("    </unit>\n");
      }
      out.append("  </file>\n");
    }
    out.append("</xliff>\n");
    return out.toString();
  }

  private static void notes(StringBuilder out, String indent, List<String> notes, String id) {
    if (notes.isEmpty()) {
      return;
    }
    out.append(indent).append("<notes>\n");
    for (String note : notes) {
      out.append(indent).append("  <note>").append(text(note, id)).append("</note>\n");
    }
    out.append(indent).append("</notes>\n");
  }

  private static String attribute(String s) {
    return text(s, s).replace("\"", "&quot;").replace("\n", "&#10;").replace("\t", "&#9;");
  }

  private static String text(String s, String id) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '\r' -> out.append("&#13;");
        default -> {
          if (!allowed(s, i)) {
            throw Errors.notXmlText(id, c);
          }
          out.append(c);
        }
      }
    }
    return out.toString();
  }

  /**
   * Whether XML 1.0 can carry the char at i (tab, line breaks, text, and whole surrogate pairs).
   */
  private static boolean allowed(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
    return c == '\t' || c == '\n' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
  }
}
