package dev.stocktake.translations.internal;

import dev.stocktake.translations.Issue;
import dev.stocktake.translations.Issue.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one bundle file: a UTF-8 subset of the {@code .properties} format that translators can edit
 * in any text editor. One {@code key = value} per line; {@code #} or {@code !} starts a comment
 * line; a line ending in a backslash continues on the next (whose leading spaces are dropped);
 * escapes are {@code \\}, {@code \n}, {@code \t} and <code>&#92;uXXXX</code>. Values are trimmed,
 * and an empty value counts as not yet translated. Keys are lowercase dotted words ({@code
 * report.heading.summary}); {@code meta.status} is the bundle's status, not a message.
 *
 * <p>Every problem of the file is collected in one pass, each with its line.
 */
public final class BundleReader {
  /** The metadata key holding {@code source}, {@code translated} or {@code draft}. */
  public static final String STATUS_KEY = "meta.status";

  private static final Set<String> STATUSES =
      Set.of(Bundle.SOURCE, Bundle.TRANSLATED, Bundle.DRAFT);

  /** What reading a file gave: the bundle (as far as it could be read) and every problem. */
  public record Result(Bundle bundle, List<Issue> issues) {
    public Result {
      issues = List.copyOf(issues);
    }
  }

  private BundleReader() {}

  /**
   * Reads the text of a message bundle file.
   *
   * @param lang the language the file is for
   * @param file how to name the file in messages
   * @param text the file's content, already decoded from UTF-8
   */
  public static Result read(String lang, String file, String text) {
    return read(lang, file, text, KeyRule.MESSAGES);
  }

  /** Reads the text of a bundle file whose keys follow the given rule. */
  public static Result read(String lang, String file, String text, KeyRule rule) {
    List<Issue> issues = new ArrayList<>();
    Map<String, Entry> messages = new LinkedHashMap<>();
    Entry status = null;
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int lineNo = i + 1;
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
        continue;
      }
      StringBuilder logical = new StringBuilder(line);
      while (endsWithContinuation(logical) && i + 1 < lines.length) {
        logical.setLength(logical.length() - 1);
        logical.append(lines[++i].strip());
      }
      if (endsWithContinuation(logical)) {
        logical.setLength(logical.length() - 1);
      }
      int eq = logical.indexOf("=");
      if (eq < 0) {
        issues.add(
            error(
                lang,
                file,
                lineNo,
                "",
                "expected `key = value`, found \""
                    + abbreviate(line)
                    + "\"; a message that goes on over several lines ends each line but the last"
                    + " with a backslash"));
        continue;
      }
      String key = logical.substring(0, eq).strip();
      String raw = logical.substring(eq + 1).strip();
      if (!rule.allows(key) && !key.equals(STATUS_KEY)) {
        issues.add(error(lang, file, lineNo, key, rule.hint()));
        continue;
      }
      String value = unescape(raw, lang, file, lineNo, key, issues);
      if (value == null) {
        continue;
      }
      Entry entry = new Entry(key, value, file, lineNo);
      if (key.startsWith("meta.")) {
        if (!key.equals(STATUS_KEY)) {
          issues.add(
              error(
                  lang, file, lineNo, key, "unknown metadata key; the only one is " + STATUS_KEY));
        } else if (!STATUSES.contains(value)) {
          issues.add(
              error(
                  lang,
                  file,
                  lineNo,
                  key,
                  "unknown status \""
                      + value
                      + "\"; write source, translated or draft (a text that needs review)"));
        } else if (status != null) {
          issues.add(duplicate(lang, file, lineNo, key, status.line()));
        } else {
          status = entry;
        }
        continue;
      }
      Entry earlier = messages.get(key);
      if (earlier != null) {
        issues.add(duplicate(lang, file, lineNo, key, earlier.line()));
      } else if (!value.isEmpty()) {
        messages.put(key, entry);
      }
    }
    return new Result(new Bundle(lang, status, messages), issues);
  }

  private static boolean endsWithContinuation(CharSequence s) {
    int backslashes = 0;
    for (int j = s.length() - 1; j >= 0 && s.charAt(j) == '\\'; j--) {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }

  private static String unescape(
      String raw, String lang, String file, int line, String key, List<Issue> issues) {
    if (raw.indexOf('\\') < 0) {
      return raw;
    }
    StringBuilder out = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char next = i + 1 < raw.length() ? raw.charAt(i + 1) : '\0';
      switch (next) {
        case '\\', '=', ':', '#', '!', ' ' -> out.append(next);
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'u' -> {
          String hex = i + 6 <= raw.length() ? raw.substring(i + 2, i + 6) : "";
          if (!hex.matches("[0-9a-fA-F]{4}")) {
            issues.add(
                error(
                    lang,
                    file,
                    line,
                    key,
                    "\\u must be followed by four hexadecimal digits, like \\u00A0"));
            return null;
          }
          out.append((char) Integer.parseInt(hex, 16));
          i += 4;
        }
        default -> {
          issues.add(
              error(
                  lang,
                  file,
                  line,
                  key,
                  "unknown escape \\"
                      + next
                      + "; the escapes are \\\\ (a backslash), \\n, \\t and \\uXXXX"));
          return null;
        }
      }
      i++;
    }
    return out.toString();
  }

  private static Issue duplicate(String lang, String file, int line, String key, int first) {
    return error(
        lang, file, line, key, "defined twice (first at line " + first + "); keep one of them");
  }

  private static Issue error(String lang, String file, int line, String key, String message) {
    return new Issue(Severity.ERROR, lang, file, line, key, message);
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
