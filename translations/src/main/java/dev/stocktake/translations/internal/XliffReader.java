package dev.stocktake.translations.internal;

import dev.stocktake.translations.Issue;
import dev.stocktake.translations.Issue.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an XLIFF 2.0 document as {@code stocktake translations export} writes it, or as a
 * translation tool gives it back: files, units, and each unit's segments joined into one source and
 * one target. The parser refuses a DOCTYPE, so no entity, external file or URL is ever read;
 * XInclude is off. Every problem found is collected with its line.
 */
public final class XliffReader {
  /**
   * What was read: the languages of the root element, the files, and every problem.
   *
   * @param sourceLang {@code srcLang}, empty when missing
   * @param targetLang {@code trgLang}, empty when missing
   */
  public record Result(
      String sourceLang, String targetLang, List<XliffFile> files, List<Issue> issues) {
    public Result {
      files = List.copyOf(files);
      issues = List.copyOf(issues);
    }
  }

  private XliffReader() {}

  /**
   * Reads a document.
   *
   * @param file how to name the file in messages
   * @param bytes the file's content; the XML declaration says its encoding (UTF-8 by default)
   * @param sourceLang the {@code srcLang} the document must have
   */
  public static Result read(String file, byte[] bytes, String sourceLang) {
    Handler handler = new Handler(file, sourceLang);
    try {
      InputSource in = new InputSource(new ByteArrayInputStream(bytes));
      in.setSystemId(file);
      parser().parse(in, handler);
    } catch (SAXParseException e) {
      handler.issues.add(notWellFormed(file, e));
    } catch (Stop e) {
      // the root element is not XLIFF 2.0; already reported
    } catch (SAXException e) {
      handler.issues.add(
          located("", file, 0, "", "cannot be read as XML (" + e.getMessage() + ")"));
    } catch (IOException e) {
      throw new IllegalStateException("reading bytes in memory cannot fail", e);
    }
    return new Result(handler.sourceLang, handler.targetLang, handler.files, handler.issues);
  }

  /** A namespace-aware SAX parser that reads no DTD, entity, schema or XInclude. */
  static SAXParser parser() {
    try {
      SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
      factory.setNamespaceAware(true);
      factory.setValidating(false);
      factory.setXIncludeAware(false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      SAXParser parser = factory.newSAXParser();
      parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      return parser;
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("the JDK's XML parser cannot be configured safely", e);
    }
  }

  private static Issue notWellFormed(String file, SAXParseException e) {
    String message = Objects.requireNonNullElse(e.getMessage(), e.toString());
    String text =
        message.contains("DOCTYPE")
            ? "has a DOCTYPE declaration, which is refused: XLIFF never needs one, and its entities"
                + " could read other files or URLs; remove the <!DOCTYPE …> declaration, or export"
                + " a fresh file with stocktake translations export"
            : "not well-formed XML ("
                + message
                + "); fix the file, or export a fresh one with"
                + " stocktake translations export";
    return located("", file, Math.max(e.getLineNumber(), 0), "", text);
  }

  private static Issue located(String lang, String file, int line, String key, String message) {
    return new Issue(Severity.ERROR, lang, file, line, key, message);
  }

  /** Thrown to stop reading a document that is not XLIFF 2.0. */
  private static final class Stop extends SAXException {
    Stop() {
      super("not XLIFF 2.0");
    }
  }

  /** Turns SAX events into files and units. */
  private static final class Handler extends DefaultHandler {
    private final String file;
    private final String expectedSource;
    private final List<Issue> issues = new ArrayList<>();
    private final List<XliffFile> files = new ArrayList<>();
    private final List<String> path = new ArrayList<>();
    private Locator locator;
    private String sourceLang = "";
    private String targetLang = "";

    private String fileId;
    private List<String> fileNotes;
    private List<XliffUnit> units;
    private Set<String> unitIds;
    private final Set<String> fileIds = new LinkedHashSet<>();

    private String unitId;
    private int unitLine;
    private List<String> unitNotes;
    private StringBuilder source;
    private StringBuilder target;
    private String state;
    private int targetLine;
    private int segments;
    private int translatedSegments;

    private String segmentState;
    private String segmentSource;
    private String segmentTarget;
    private boolean ignorable;
    private StringBuilder text;
    private int inlineDepth;

    Handler(String file, String expectedSource) {
      this.file = file;
      this.expectedSource = expectedSource;
    }

    @Override
    public void setDocumentLocator(Locator locator) {
      this.locator = locator;
    }

    private int line() {
      return locator == null ? 0 : locator.getLineNumber();
    }

    private void issue(String key, String message) {
      issues.add(located(targetLang, file, line(), key, message));
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes atts)
        throws SAXException {
      if (text != null) {
        if (inlineDepth++ == 0) {
          issue(
              unitId,
              "<"
                  + qName
                  + "> inside <"
                  + path.get(path.size() - 1)
                  + ">: inline markup is not supported; write the message as plain ICU text,"
                  + " placeholders like {count} included");
        }
        return;
      }
      boolean xliff = XliffWriter.NAMESPACE.equals(uri);
      if (path.isEmpty()) {
        root(xliff, local, atts);
      }
      String parent = path.isEmpty() ? "" : path.get(path.size() - 1);
      path.add(xliff ? local : "{" + uri + "}" + local);
      if (!xliff) {
        return;
      }
      switch (local) {
        case "file" -> startFile(atts.getValue("id"));
        case "unit" -> startUnit(atts.getValue("id"));
        case "segment", "ignorable" -> {
          if (unitId != null) {
            ignorable = local.equals("ignorable");
            String s = atts.getValue("state");
            segmentState = s == null ? "initial" : s;
            segmentSource = null;
            segmentTarget = null;
          }
        }
        case "source", "target" -> {
          if (parent.equals("segment") || parent.equals("ignorable")) {
            text = new StringBuilder();
            if (local.equals("target") && targetLine == 0) {
              targetLine = line();
            }
          }
        }
        case "note" -> text = new StringBuilder();
        default -> {}
      }
    }

    private void root(boolean xliff, String local, Attributes atts) throws SAXException {
      if (!xliff || !local.equals("xliff") || !"2.0".equals(atts.getValue("version"))) {
        issue(
            "",
            "not an XLIFF 2.0 document (the root element must be <xliff version=\"2.0\""
                + " xmlns=\""
                + XliffWriter.NAMESPACE
                + "\">); export one with stocktake translations export --lang LANG");
        throw new Stop();
      }
      sourceLang = Objects.requireNonNullElse(atts.getValue("srcLang"), "");
      targetLang = Objects.requireNonNullElse(atts.getValue("trgLang"), "");
      if (targetLang.isEmpty()) {
        issue("", "<xliff> has no trgLang; it names the language of the translations");
      }
      if (!sourceLang.equals(expectedSource)) {
        issue(
            "",
            "<xliff srcLang=\""
                + sourceLang
                + "\">: the source language of Stocktake's messages is "
                + expectedSource
                + "; translate from a file that stocktake translations export wrote");
      }
    }

    private void startFile(String id) {
      fileId = Objects.requireNonNullElse(id, "");
      fileNotes = new ArrayList<>();
      units = new ArrayList<>();
      unitIds = new LinkedHashSet<>();
      if (!fileId.equals(XliffFile.MESSAGES) && !fileId.equals(XliffFile.LABELS)) {
        issue(
            "",
            "<file id=\""
                + fileId
                + "\"> is not a Stocktake file; the ids are messages and labels");
      } else if (!fileIds.add(fileId)) {
        issue("", "a second <file id=\"" + fileId + "\">; keep one");
      }
    }

    private void startUnit(String id) {
      unitId = Objects.requireNonNullElse(id, "");
      unitLine = line();
      unitNotes = new ArrayList<>();
      source = new StringBuilder();
      target = new StringBuilder();
      state = null;
      targetLine = 0;
      segments = 0;
      translatedSegments = 0;
      if (unitId.isEmpty()) {
        issue("", "a <unit> without an id; the id is the message key");
      } else if (unitIds != null && !unitIds.add(unitId)) {
        issue(unitId, "a second unit with this id; keep one");
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (text != null && inlineDepth == 0) {
        text.append(ch, start, length);
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
      if (inlineDepth > 0) {
        inlineDepth--;
        return;
      }
      path.remove(path.size() - 1);
      if (!XliffWriter.NAMESPACE.equals(uri)) {
        return;
      }
      String parent = path.isEmpty() ? "" : path.get(path.size() - 1);
      switch (local) {
        case "source" -> segmentSource = take();
        case "target" -> segmentTarget = take();
        case "note" -> {
          String note = take();
          if (parent.equals("notes") && path.size() >= 2) {
            String owner = path.get(path.size() - 2);
            if (owner.equals("unit") && unitNotes != null) {
              unitNotes.add(note);
            } else if (owner.equals("file") && fileNotes != null) {
              fileNotes.add(note);
            }
          }
        }
        case "segment", "ignorable" -> endSegment();
        case "unit" -> endUnit();
        case "file" -> {
          if (units != null) {
            files.add(new XliffFile(fileId, fileNotes, units));
          }
          units = null;
        }
        default -> {}
      }
    }

    private String take() {
      String s = text == null ? "" : text.toString();
      text = null;
      return s;
    }

    private void endSegment() {
      if (unitId == null) {
        return;
      }
      String from = Objects.requireNonNullElse(segmentSource, "");
      source.append(from);
      if (ignorable) {
        target.append(segmentTarget != null ? segmentTarget : from);
        return;
      }
      segments++;
      if (state == null) {
        state = segmentState;
      }
      if (segmentTarget != null) {
        translatedSegments++;
        target.append(segmentTarget);
      }
    }

    private void endUnit() {
      if (segments == 0) {
        issue(unitId, "a <unit> without a <segment>; each unit has one, with its <source>");
      } else if (translatedSegments > 0 && translatedSegments < segments) {
        issues.add(
            located(
                targetLang,
                file,
                unitLine,
                unitId,
                translatedSegments
                    + " of its "
                    + segments
                    + " segments have a <target>; translate them all, or none"));
      }
      if (units != null && !unitId.isEmpty()) {
        boolean translated = segments > 0 && translatedSegments == segments;
        units.add(
            new XliffUnit(
                unitId,
                source.toString(),
                translated ? target.toString() : null,
                state == null ? "initial" : state,
                unitNotes,
                unitLine,
                translated ? targetLine : 0));
      }
      unitId = null;
    }
  }
}
