package dev.stocktake.reports.html;

import dev.stocktake.reports.view.Bar;
import dev.stocktake.reports.view.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Places bar pieces on the 0–100 scale of a chart, mirrored for right-to-left languages, and picks
 * their colours: a sequence from light to dark for ordered answers (levels of implementation, a
 * scale), the Okabe–Ito palette, distinguishable with the common colour-vision deficiencies, for
 * the others.
 */
final class Charts {
  private static final String[] ORDERED = {
    "#c6dbef", "#7fb2d9", "#3f7fb5", "#1d5188", "#0b2d55", "#061a33"
  };
  private static final String[] NOMINAL = {
    "#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442", "#7f7f7f"
  };
  static final String HIDDEN = "hidden";

  private Charts() {}

  /** The colour of the {@code index}-th of {@code count} answers. */
  static String colour(int index, int count, boolean ordered) {
    if (ordered && count <= ORDERED.length) {
      // Spread the levels over the whole sequence so that neighbours differ clearly.
      int at =
          count == 1 ? ORDERED.length - 1 : Math.round(index * (ORDERED.length - 2f) / (count - 1));
      return ORDERED[Math.min(at, ORDERED.length - 1)];
    }
    return NOMINAL[index % NOMINAL.length];
  }

  /** A piece of a bar before placing: its share of the whole, colour, and whether it is hidden. */
  record Piece(double share, String colour, boolean hidden) {}

  /**
   * The pieces of a bar of {@code total} from counts, hidden as {@code hidden} says. A null count
   * is one the compare stage hid: its share is not known, so the hidden pieces are drawn as what
   * the total leaves after the known counts, which is all the geometry may show.
   */
  static List<Piece> pieces(
      List<Long> counts, boolean[] hidden, long total, IntFunction<String> colour) {
    List<Piece> out = new ArrayList<>();
    long known = 0;
    boolean unknown = false;
    for (int i = 0; i < counts.size(); i++) {
      Long n = counts.get(i);
      if (n == null) {
        unknown = true;
        out.add(new Piece(0, colour.apply(i), true));
      } else {
        known += n;
        out.add(new Piece(n / (double) total, colour.apply(i), hidden[i]));
      }
    }
    if (unknown) {
      out.add(new Piece(Math.max(0, total - known) / (double) total, HIDDEN, true));
    }
    return out;
  }

  /**
   * A bar of pieces laid end to end. Hidden pieces are drawn as one hatched piece at the end, so
   * that the geometry shows no more than the table: their sum, never each one.
   */
  static Bar bar(String label, List<Piece> pieces, String figure, boolean rightToLeft) {
    List<Segment> segments = new ArrayList<>();
    double at = 0;
    double hiddenShare = 0;
    for (Piece p : pieces) {
      if (p.hidden()) {
        hiddenShare += p.share();
        continue;
      }
      segments.add(segment(at, p.share() * 100, p.colour(), false, rightToLeft));
      at += p.share() * 100;
    }
    if (hiddenShare > 0) {
      segments.add(segment(at, hiddenShare * 100, HIDDEN, true, rightToLeft));
    }
    return new Bar(label, segments, figure);
  }

  private static Segment segment(
      double start, double width, String colour, boolean hidden, boolean rightToLeft) {
    double x = rightToLeft ? 100 - start - width : start;
    return new Segment(svg(x), svg(width), colour, hidden);
  }

  /** A coordinate for SVG: a dot for decimals whatever the locale, three places at most. */
  private static String svg(double value) {
    double clipped = Math.max(0, Math.min(100, value));
    return String.format(Locale.ROOT, "%.3f", clipped).replaceAll("\\.?0+$", "");
  }
}
