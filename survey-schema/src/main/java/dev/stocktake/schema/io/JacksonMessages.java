package dev.stocktake.schema.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Turns Jackson's messages, which speak of Java types, into the file's own terms. */
final class JacksonMessages {
  private static final Pattern NULL_CREATOR =
      Pattern.compile("Null value for creator property '([^']+)'");
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']+)'");

  private JacksonMessages() {}

  static String describe(IOException e) {
    if (e instanceof UnrecognizedPropertyException unknown) {
      String known =
          unknown.getKnownPropertyIds().stream()
              .map(Object::toString)
              .sorted()
              .collect(Collectors.joining(", "));
      return "unknown field \"" + unknown.getPropertyName() + "\"; known fields here are: " + known;
    }
    if (e instanceof ValueInstantiationException && e.getCause() != null) {
      return e.getCause().getMessage();
    }
    if (e instanceof InvalidFormatException format) {
      if (format.getCause() instanceof IllegalArgumentException cause) {
        return cause.getMessage();
      }
      return "\"" + format.getValue() + "\" is not " + article(format.getTargetType());
    }
    String original = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : "";
    Matcher missing = NULL_CREATOR.matcher(original);
    if (missing.find()) {
      return "missing field \"" + snake(missing.group(1)) + "\"";
    }
    Matcher duplicate = DUPLICATE.matcher(original);
    if (duplicate.find()) {
      return "duplicate key \"" + duplicate.group(1) + "\": a key may appear only once in a block";
    }
    if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      return "expected " + article(mismatch.getTargetType()) + " here";
    }
    int newline = original.indexOf('\n');
    String first = newline < 0 ? original : original.substring(0, newline);
    // The JSON parser describes its input source; the problem already names the file.
    return first.replaceAll("\\s*\\(for (Object|Array|root) starting at \\[Source:.*$", "").strip();
  }

  /** Record components are camelCase; files are snake_case. */
  private static String snake(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
  }

  private static String article(Class<?> type) {
    if (type == int.class || type == Integer.class || type == long.class) {
      return "a whole number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "a single value (text)";
    }
    if (List.class.isAssignableFrom(type)) {
      return "a list";
    }
    if (type.isEnum()) {
      return "one of the allowed names";
    }
    return "a block of fields";
  }
}
