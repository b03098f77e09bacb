package dev.stocktake.etl.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opencsv.CSVReaderHeaderAware;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays R's figures in {@code stats/reference.csv} (written by {@code stats/reference.R}, which
 * says how to regenerate it) against the Java classes: every figure to 1e-9 relative, or 1e-300
 * absolute near zero. Where R has no figure (NaN, NA, an error) the row's status says which defined
 * value the Java class documents, and that is asserted instead.
 */
class ReferenceTest {
  static final Path FIXTURE = Path.of("src/test/resources/stats/reference.csv");
  static final double RELATIVE = 1e-9;
  static final double ABSOLUTE = 1e-300;

  /** One row of the fixture. */
  record Case(String name, String test, Map<String, String> input, Map<String, String> r) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() throws IOException {
    List<Case> cases = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(FIXTURE, StandardCharsets.UTF_8);
        CSVReaderHeaderAware csv = new CSVReaderHeaderAware(in)) {
      for (Map<String, String> row = csv.readMap(); row != null; row = csv.readMap()) {
        Map<String, String> input = new LinkedHashMap<>();
        for (String pair : row.get("input").split(" ")) {
          int eq = pair.indexOf('=');
          input.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        cases.add(new Case(row.get("case"), row.get("test"), input, row));
      }
    } catch (com.opencsv.exceptions.CsvValidationException e) {
      throw new IOException(FIXTURE + ": " + e.getMessage(), e);
    }
    return cases.stream();
  }

  @Test
  void theFixtureCoversEveryTestWithEnoughCases() throws IOException {
    List<Case> all = cases().toList();
    assertTrue(all.size() >= 25, "only " + all.size() + " reference cases");
    assertEquals(
        12, all.stream().map(Case::test).distinct().count(), "a test has no reference case");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void agreesWithR(Case c) {
    Map<String, String> in = c.input();
    switch (c.test()) {
      case "wilson" -> wilson(c);
      case "chi-square" -> result(c, ChiSquare.homogeneity(table(in.get("table"))));
      case "fisher-exact" ->
          result(
              c,
              FisherExact.twoByTwo(
                  whole(in.get("a")), whole(in.get("b")), whole(in.get("c")), whole(in.get("d"))));
      case "two-proportions" ->
          result(
              c,
              TwoProportions.test(
                  whole(in.get("x1")),
                  whole(in.get("n1")),
                  whole(in.get("x2")),
                  whole(in.get("n2"))));
      case "mann-whitney-samples" ->
          result(c, MannWhitney.fromSamples(reals(in.get("x")), reals(in.get("y"))));
      case "mann-whitney-counts" ->
          result(c, MannWhitney.fromCounts(wholes(in.get("x")), wholes(in.get("y"))));
      case "signed-rank-differences" -> result(c, SignedRank.fromDifferences(reals(in.get("d"))));
      case "signed-rank-counts" ->
          result(c, SignedRank.fromDifferenceCounts(differenceCounts(in.get("diffs"))));
      case "mcnemar" ->
          result(
              c,
              McNemar.test(
                  whole(in.get("a")), whole(in.get("b")), whole(in.get("c")), whole(in.get("d"))));
      case "benjamini-hochberg" -> adjusted(c);
      case "descriptives-samples" -> descriptives(c, Descriptives.of(reals(in.get("x"))));
      case "descriptives-counts" ->
          descriptives(c, Descriptives.ofCounts(reals(in.get("values")), wholes(in.get("counts"))));
      default -> throw new AssertionError(c.name() + ": unknown test " + c.test());
    }
  }

  static void result(Case c, TestResult ours) {
    TestResult.Status status = TestResult.Status.valueOf(c.r().get("status"));
    assertEquals(status, ours.status(), c.name() + " status");
    if (status == TestResult.Status.NOT_APPLICABLE) {
      assertTrue(Double.isNaN(ours.statistic()), c.name() + " statistic is NaN");
      assertTrue(Double.isNaN(ours.df()), c.name() + " df is NaN");
    } else {
      agree(c.name() + " statistic", number(c.r().get("statistic")), ours.statistic());
      agree(c.name() + " df", number(c.r().get("df")), ours.df());
    }
    double p = number(c.r().get("p"));
    if (Double.isNaN(p)) {
      // R has no p: the documented value is 1, and only for a result that says so.
      assertTrue(status != TestResult.Status.OK, c.name() + ": R's p is NaN in an OK row");
      assertEquals(1.0, ours.p(), c.name() + " p");
    } else {
      agree(c.name() + " p", p, ours.p());
    }
    agree(c.name() + " effect", number(c.r().get("effect")), ours.effect());
  }

  static void wilson(Case c) {
    Wilson.Interval ours =
        Wilson.interval(
            whole(c.input().get("x")),
            whole(c.input().get("n")),
            number(c.input().get("confidence")));
    agree(c.name() + " lower", number(c.r().get("lower")), ours.lower());
    agree(c.name() + " upper", number(c.r().get("upper")), ours.upper());
  }

  static void adjusted(Case c) {
    double[] r =
        Arrays.stream(c.r().get("values").split(";")).mapToDouble(ReferenceTest::number).toArray();
    double[] ours = BenjaminiHochberg.adjust(reals(c.input().get("p")));
    assertEquals(r.length, ours.length, c.name());
    for (int i = 0; i < r.length; i++) {
      agree(c.name() + " [" + i + "]", r[i], ours[i]);
    }
  }

  static void descriptives(Case c, Descriptives ours) {
    Map<String, Double> r = new LinkedHashMap<>();
    for (String pair : c.r().get("values").split(";")) {
      int eq = pair.indexOf('=');
      r.put(pair.substring(0, eq), number(pair.substring(eq + 1)));
    }
    agree(c.name() + " n", r.get("n"), ours.n());
    agree(c.name() + " mean", r.get("mean"), ours.mean());
    agree(c.name() + " median", r.get("median"), ours.median());
    agree(c.name() + " q1", r.get("q1"), ours.q1());
    agree(c.name() + " q3", r.get("q3"), ours.q3());
  }

  /** R's figure and ours agree to 1e-9 relative, 1e-300 absolute, or are both NaN (R's NA). */
  static void agree(String what, double r, double ours) {
    if (Double.isNaN(r) || Double.isInfinite(r)) {
      assertEquals(r, ours, what);
      return;
    }
    assertEquals(r, ours, Math.max(RELATIVE * Math.abs(r), ABSOLUTE), what);
  }

  static double number(String text) {
    return switch (text) {
      case "NA", "NaN", "" -> Double.NaN;
      case "Inf" -> Double.POSITIVE_INFINITY;
      case "-Inf" -> Double.NEGATIVE_INFINITY;
      default -> Double.parseDouble(text);
    };
  }

  static long whole(String text) {
    return Long.parseLong(text);
  }

  static double[] reals(String list) {
    return list.isEmpty()
        ? new double[0]
        : Arrays.stream(list.split(",")).mapToDouble(ReferenceTest::number).toArray();
  }

  static long[] wholes(String list) {
    return Arrays.stream(list.split(",")).mapToLong(Long::parseLong).toArray();
  }

  static long[][] table(String rows) {
    return Arrays.stream(rows.split("/")).map(ReferenceTest::wholes).toArray(long[][]::new);
  }

  static Map<Integer, Long> differenceCounts(String list) {
    Map<Integer, Long> counts = new LinkedHashMap<>();
    for (String pair : list.split(",")) {
      int colon = pair.lastIndexOf(':');
      counts.put(
          Integer.parseInt(pair.substring(0, colon)), Long.parseLong(pair.substring(colon + 1)));
    }
    return counts;
  }
}
