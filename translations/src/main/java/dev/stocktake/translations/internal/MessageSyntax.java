package dev.stocktake.translations.internal;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.MessagePattern.ArgType;
import com.ibm.icu.text.MessagePattern.Part;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What an ICU MessageFormat text asks for: its arguments with how each is formatted, and the
 * keywords of its plural arguments. Parsing also builds the {@link MessageFormat}, so unknown
 * format types and bad number skeletons are syntax errors too.
 */
public final class MessageSyntax {

  /** How an argument is shown; translations must keep the family of the source's. */
  public enum Kind {
    /** As given ({@code {name}}) or chosen by a {@code select}. */
    TEXT,
    /** A number, or a plural / selectordinal / choice over one. */
    NUMBER,
    /** A share (0–1) shown as a percentage. */
    PERCENT,
    /** A date or time. */
    DATE
  }

  /** A {@code plural} or {@code selectordinal} argument and the selectors it lists. */
  public record Plural(
      String argument, boolean ordinal, List<String> keywords, List<Double> explicit) {
    public Plural {
      keywords = List.copyOf(keywords);
      explicit = List.copyOf(explicit);
    }
  }

  /** A parsed message: argument name to the kinds it is shown as, and its plural arguments. */
  public record Parsed(Map<String, Set<Kind>> arguments, List<Plural> plurals) {
    public Parsed {
      arguments = Map.copyOf(arguments);
      plurals = List.copyOf(plurals);
    }
  }

  /**
   * The outcome of parsing: either {@code parsed} with the {@code format} ready to use (a new,
   * unshared instance), or {@code error}.
   */
  public record Result(Parsed parsed, MessageFormat format, String error) {}

  private MessageSyntax() {}

  /** Parses a message as the given locale formats it. */
  public static Result parse(String message, ULocale locale) {
    MessagePattern pattern;
    MessageFormat format;
    try {
      pattern = new MessagePattern(message);
      format = new MessageFormat(message, locale);
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      return new Result(null, null, e.getMessage() == null ? e.toString() : e.getMessage().strip());
    }
    Map<String, Set<Kind>> arguments = new LinkedHashMap<>();
    List<Plural> plurals = new ArrayList<>();
    for (int i = 0; i < pattern.countParts(); i++) {
      Part start = pattern.getPart(i);
      if (start.getType() != Part.Type.ARG_START) {
        continue;
      }
      String name = pattern.getSubstring(pattern.getPart(i + 1));
      ArgType type = start.getArgType();
      arguments.computeIfAbsent(name, n -> EnumSet.noneOf(Kind.class)).add(kind(pattern, i, type));
      if (type == ArgType.PLURAL || type == ArgType.SELECTORDINAL) {
        plurals.add(selectors(pattern, i, name, type == ArgType.SELECTORDINAL));
      }
    }
    return new Result(new Parsed(arguments, plurals), format, null);
  }

  private static Kind kind(MessagePattern pattern, int argStart, ArgType type) {
    switch (type) {
      case NONE, SELECT:
        return Kind.TEXT;
      case PLURAL, SELECTORDINAL, CHOICE:
        return Kind.NUMBER;
      default:
        break;
    }
    String typeName = "";
    String style = "";
    int limit = pattern.getLimitPartIndex(argStart);
    for (int j = argStart + 2; j < limit; j++) {
      Part p = pattern.getPart(j);
      if (p.getType() == Part.Type.ARG_TYPE) {
        typeName = pattern.getSubstring(p).strip().toLowerCase(Locale.ROOT);
      } else if (p.getType() == Part.Type.ARG_STYLE) {
        style = pattern.getSubstring(p).strip();
      }
    }
    if (typeName.equals("date") || typeName.equals("time")) {
      return Kind.DATE;
    }
    if (typeName.equals("number")) {
      boolean percent =
          style.equals("percent")
              || (style.startsWith("::")
                  && List.of(style.substring(2).strip().split("\\s+")).stream()
                      .anyMatch(stem -> stem.equals("percent") || stem.startsWith("%")));
      return percent ? Kind.PERCENT : Kind.NUMBER;
    }
    return Kind.NUMBER;
  }

  private static Plural selectors(
      MessagePattern pattern, int argStart, String name, boolean ordinal) {
    List<String> keywords = new ArrayList<>();
    List<Double> explicit = new ArrayList<>();
    int limit = pattern.getLimitPartIndex(argStart);
    for (int j = argStart + 2; j < limit; j++) {
      Part p = pattern.getPart(j);
      if (p.getType() == Part.Type.MSG_START) {
        j = pattern.getLimitPartIndex(j);
      } else if (p.getType() == Part.Type.ARG_SELECTOR) {
        Part next = pattern.getPart(j + 1);
        if (next.getType().hasNumericValue()) {
          explicit.add(pattern.getNumericValue(next));
          j++;
        } else {
          keywords.add(pattern.getSubstring(p));
        }
      }
    }
    return new Plural(name, ordinal, keywords, explicit);
  }
}
