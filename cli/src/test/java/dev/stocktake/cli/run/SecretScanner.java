package dev.stocktake.cli.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds {@link Secrets} in a text, in one pass per kind, so that thousands of secrets can be sought
 * in megabytes of output.
 *
 * <p>Matching rules, chosen so that a hit is a leak and not a coincidence:
 *
 * <ul>
 *   <li>an <b>id</b> matches only as a whole token: a maximal run of letters, digits, {@code _} and
 *       {@code -}. So {@code org-0001} is found in {@code "org-0001"}, {@code org-0001.html} or
 *       {@code id=org-0001,} but not inside {@code org-00012} or a hex pseudonym, and a short id
 *       like {@code r1} would not match {@code r10} or {@code error1};
 *   <li>a <b>name</b> or a <b>text</b> matches anywhere, exactly (names are several words, and
 *       texts are whole answers of at least {@link Secrets#MIN_TEXT} characters).
 * </ul>
 */
final class SecretScanner {
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]+");

  private final Set<String> ids;
  private final Map<String, List<String[]>> byPrefix = new HashMap<>();
  private final int prefix;

  SecretScanner(Secrets secrets) {
    this.ids = secrets.ids();
    int shortest = Integer.MAX_VALUE;
    for (String s : secrets.names()) {
      shortest = Math.min(shortest, s.length());
    }
    for (String s : secrets.texts()) {
      shortest = Math.min(shortest, s.length());
    }
    this.prefix = Math.min(shortest, 16);
    secrets.names().forEach(n -> index("name", n));
    secrets.texts().forEach(t -> index("text", t));
  }

  private void index(String kind, String secret) {
    byPrefix
        .computeIfAbsent(secret.substring(0, prefix), k -> new ArrayList<>())
        .add(new String[] {kind, secret});
  }

  /** Every secret in {@code text}, as "kind: secret", each once. */
  Set<String> find(String text) {
    Set<String> found = new TreeSet<>();
    Matcher token = TOKEN.matcher(text);
    while (token.find()) {
      if (ids.contains(token.group())) {
        found.add("id: " + token.group());
      }
    }
    for (int i = 0; i + prefix <= text.length(); i++) {
      List<String[]> candidates = byPrefix.get(text.substring(i, i + prefix));
      if (candidates != null) {
        for (String[] c : candidates) {
          if (text.startsWith(c[1], i)) {
            found.add(c[0] + ": " + c[1]);
          }
        }
      }
    }
    return found;
  }
}
