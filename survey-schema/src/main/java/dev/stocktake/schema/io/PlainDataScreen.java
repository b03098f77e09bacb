package dev.stocktake.schema.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.stocktake.schema.Problem;
import dev.stocktake.schema.SchemaException;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * One pass over a document's tokens before it is mapped, refusing what a hostile or mistaken file
 * could do to the reader, each with its line: a line too long for SnakeYAML (whose scanner slows
 * quadratically on one long line: 2 MB took seconds, 16 MB would take minutes), a value or nesting
 * beyond the limits, a YAML alias (Jackson reads {@code *name} as the text "name", never the value
 * it stands for, so a billion-laughs file does not expand but a well-meant alias would be read
 * wrong), and any YAML tag other than the core ones ({@code !!javax.script.ScriptEngineManager} and
 * the like: nothing is built from tags, and saying so beats silently ignoring them).
 */
final class PlainDataScreen {
  private static final String CORE_TAG_PREFIX = "tag:yaml.org,2002:";
  private static final Set<String> CORE_TAGS =
      Set.of("str", "int", "float", "bool", "null", "seq", "map");

  private final int maxLine;
  private final int maxString;
  private final int maxNesting;
  private final int maxCodePoints;

  PlainDataScreen(int maxLine, int maxString, int maxNesting, int maxCodePoints) {
    this.maxLine = maxLine;
    this.maxString = maxString;
    this.maxNesting = maxNesting;
    this.maxCodePoints = maxCodePoints;
  }

  /** Throws a located problem for the first thing refused; syntax errors are left to the reader. */
  void check(String file, JsonFactory factory, boolean yaml, byte[] content) {
    if (yaml) {
      checkLines(file, content);
    }
    try (JsonParser p = factory.createParser(content)) {
      screen(file, p);
    } catch (IOException e) {
      // Syntax errors: the reader's own parse reports them, with its messages.
    }
  }

  private void screen(String file, JsonParser p) throws IOException {
    try {
      JsonToken token;
      while ((token = p.nextToken()) != null) {
        if (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) {
          int length = p.getTextLength();
          if (length > maxString) {
            throw refused(
                file,
                p.currentTokenLocation(),
                "a value of "
                    + count(length)
                    + " characters; a value may have at most "
                    + count(maxString));
          }
        }
        if (p instanceof YAMLParser y
            && token != JsonToken.END_OBJECT
            && token != JsonToken.END_ARRAY) {
          checkYaml(file, y);
        }
      }
    } catch (StreamConstraintsException e) {
      // Where the token too deep or too long starts, not where the parser stopped.
      String message = e.getOriginalMessage();
      if (message.contains("nesting depth")) {
        message =
            "blocks or lists nested deeper than "
                + maxNesting
                + " levels; no Stocktake document needs that many (is this the right file?)";
      } else if (message.contains("String value length")) {
        message =
            "a value longer than " + count(maxString) + " characters, the most a value may have";
      }
      throw refused(file, p.currentTokenLocation(), message);
    } catch (IOException e) {
      if (String.valueOf(e.getMessage()).contains("code points")) {
        throw refused(
            file,
            p.currentTokenLocation(),
            "the file is longer than "
                + count(maxCodePoints)
                + " characters, the most a Stocktake document may have");
      }
      throw e;
    }
  }

  private static void checkYaml(String file, YAMLParser parser) throws IOException {
    if (parser.isCurrentAlias()) {
      throw refused(
          file,
          parser.currentTokenLocation(),
          "YAML alias *"
              + parser.getText()
              + " is not supported: write the value out in full (it would be read as the text \""
              + parser.getText()
              + "\", not the value it stands for)");
    }
    String tag = parser.getTypeId();
    if (tag != null
        && !(tag.startsWith(CORE_TAG_PREFIX)
            && CORE_TAGS.contains(tag.substring(CORE_TAG_PREFIX.length())))) {
      String shown =
          tag.startsWith(CORE_TAG_PREFIX)
              ? "!!" + tag.substring(CORE_TAG_PREFIX.length())
              : "!" + tag;
      throw refused(
          file,
          parser.currentTokenLocation(),
          "YAML tag "
              + shown
              + " is not allowed: Stocktake documents are plain data and nothing is built from a"
              + " tag; remove it");
    }
  }

  /** Counts characters per line on the raw UTF-8 bytes, before any YAML scanner sees them. */
  private void checkLines(String file, byte[] content) {
    int line = 1;
    int length = 0;
    for (byte b : content) {
      if (b == '\n') {
        line++;
        length = 0;
      } else if ((b & 0xC0) != 0x80 && ++length > maxLine) {
        throw new SchemaException(
            new Problem(
                file,
                line,
                1,
                "",
                "line "
                    + line
                    + " is longer than "
                    + count(maxLine)
                    + " characters, the most a line may have; write long text over several"
                    + " lines with a | or > block"));
      }
    }
  }

  private static SchemaException refused(String file, JsonLocation at, String message) {
    int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
    int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
    return new SchemaException(new Problem(file, line, column, "", message));
  }

  private static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
