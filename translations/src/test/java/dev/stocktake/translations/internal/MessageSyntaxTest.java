package dev.stocktake.translations.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.ibm.icu.util.ULocale;
import dev.stocktake.translations.internal.MessageSyntax.Kind;
import dev.stocktake.translations.internal.MessageSyntax.Plural;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MessageSyntaxTest {
  private static final ULocale EN = ULocale.ENGLISH;

  @Test
  void findsArgumentsWithHowTheyAreShown() {
    MessageSyntax.Result r =
        MessageSyntax.parse(
            "{item}: {share, number, percent} {r, number, ::percent .0} {e, number, ::.00}"
                + " {n, plural, offset:1 =0 {none} one {# x} other {# xs {inner}}}"
                + " {t, select, a {A} other {{t}}} {d, date, long}",
            EN);

    assertNull(r.error());
    assertEquals(
        Map.of(
            "item", Set.of(Kind.TEXT),
            "share", Set.of(Kind.PERCENT),
            "r", Set.of(Kind.PERCENT),
            "e", Set.of(Kind.NUMBER),
            "n", Set.of(Kind.NUMBER),
            "inner", Set.of(Kind.TEXT),
            "t", Set.of(Kind.TEXT),
            "d", Set.of(Kind.DATE)),
        r.parsed().arguments());
    assertEquals(
        List.of(new Plural("n", false, List.of("one", "other"), List.of(0.0))),
        r.parsed().plurals());
  }

  @Test
  void syntaxErrorsIncludeUnknownTypesAndSkeletons() {
    assertEquals("Unmatched '{' braces in message \"{a\"", MessageSyntax.parse("{a", EN).error());
    assertEquals(
        "Missing 'other' keyword in plural pattern in \"{a, plural, one {x}}\"",
        MessageSyntax.parse("{a, plural, one {x}}", EN).error());
    assertEquals("Unknown format type \"numbr\"", MessageSyntax.parse("{a, numbr}", EN).error());
    assertEquals(
        "Syntax error in skeleton string: Unknown stem: [foo]",
        MessageSyntax.parse("{a, number, ::foo}", EN).error());
  }

  @Test
  void aStraightApostropheBeforeABraceQuotesThePlaceholderAway() {
    // Why the bundles ask for typographic apostrophes: l'{item} has no argument at all.
    assertEquals(Map.of(), MessageSyntax.parse("l'{item}", ULocale.FRENCH).parsed().arguments());
    assertEquals(
        Set.of("item"),
        MessageSyntax.parse("l’{item}", ULocale.FRENCH).parsed().arguments().keySet());
  }
}
