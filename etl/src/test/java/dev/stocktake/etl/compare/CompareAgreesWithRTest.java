package dev.stocktake.etl.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opencsv.CSVReaderHeaderAware;
import com.opencsv.exceptions.CsvValidationException;
import dev.stocktake.schema.findings.Comparison;
import dev.stocktake.schema.findings.Findings;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole path from the example's raw response files to its comparisons, against R: {@code
 * stats/example-crosscheck.R} recomputes some comparisons from the same CSV files with base R (its
 * header says how to regenerate {@code stats/example-crosscheck.csv} and what it replicates), and
 * Stocktake's ingest + compare must give the same counts exactly and the same figures to 1e-9
 * relative.
 */
class CompareAgreesWithRTest {
  static final Path FIXTURE = Path.of("src/test/resources/stats/example-crosscheck.csv");
  static final double RELATIVE = 1e-9;
  static final double ABSOLUTE = 1e-300;

  static Path out;
  static Findings findings;

  @BeforeAll
  static void ingestAndCompare() {
    findings = ComparedExample.findings();
    out = ComparedExample.out();
  }

  /** One comparison as R computed it; {@code choice} is empty unless the test is per choice. */
  record RRow(
      String question,
      String group,
      String design,
      String test,
      String choice,
      long nFrom,
      long nTo,
      Double statistic,
      Double p,
      Double effect,
      Double pAdjusted) {
    @Override
    public String toString() {
      return String.join(" ", question, group, design, choice.isEmpty() ? test : choice);
    }
  }

  static Stream<RRow> rows() throws IOException {
    List<RRow> rows = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(FIXTURE, StandardCharsets.UTF_8);
        CSVReaderHeaderAware csv = new CSVReaderHeaderAware(in)) {
      for (Map<String, String> r = csv.readMap(); r != null; r = csv.readMap()) {
        rows.add(
            new RRow(
                r.get("question"),
                r.get("group"),
                r.get("design"),
                r.get("test"),
                r.get("choice"),
                Long.parseLong(r.get("n_from")),
                Long.parseLong(r.get("n_to")),
                number(r.get("statistic")),
                number(r.get("p")),
                number(r.get("effect")),
                number(r.get("p_adjusted"))));
      }
    } catch (CsvValidationException e) {
      throw new IOException(FIXTURE + ": " + e.getMessage(), e);
    }
    return rows.stream();
  }

  private static Double number(String text) {
    return text.equals("NA") ? null : Double.valueOf(text);
  }

  @Test
  void theFixtureCoversEveryKindOfTestTheExampleNeeds() throws IOException {
    List<RRow> all = rows().toList();
    assertTrue(all.size() >= 8, "only " + all.size() + " comparisons recomputed by R");
    assertEquals(
        List.of("chi_square", "mann_whitney", "mcnemar", "two_proportion", "wilcoxon_signed_rank"),
        all.stream().map(RRow::test).distinct().sorted().toList());
    assertTrue(all.stream().anyMatch(r -> !r.group().equals("all")), "no single group");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void agreesWithR(RRow r) {
    Comparison c = stocktakes(r);
    assertEquals(r.test(), c.test(), r + ": test");
    assertEquals(r.nFrom(), c.nFrom(), r + ": n_from");
    assertEquals(r.nTo(), c.nTo(), r + ": n_to");
    close(r + ": statistic", r.statistic(), c.statistic());
    if (r.p() == null) {
      // R has no figure (every panel difference is zero); Stocktake documents p 1 and effect 0.
      assertEquals(1.0, c.p(), r + ": p where R gives NaN");
      assertEquals(0.0, c.effect(), r + ": effect where R gives NaN");
      assertNotNull(c.note(), r + ": a note saying why there is no test");
    } else {
      close(r + ": p", r.p(), c.p());
      close(r + ": effect", r.effect(), c.effect());
    }
    if (r.pAdjusted() != null) {
      close(r + ": p_adjusted", r.pAdjusted(), c.pAdjusted());
    }
  }

  private static Comparison stocktakes(RRow r) {
    String choice = r.choice().isEmpty() ? null : r.choice();
    List<Comparison> matches =
        findings.comparisons().stream()
            .filter(
                c ->
                    c.fromRound().equals("2020")
                        && c.toRound().equals("2022")
                        && c.question().equals(r.question())
                        && c.group().equals(r.group())
                        && c.design().equals(r.design())
                        && Objects.equals(c.choice(), choice))
            .toList();
    assertEquals(1, matches.size(), "Stocktake's comparisons matching " + r + ": " + matches);
    return matches.get(0);
  }

  private static void close(String what, Double expected, Double actual) {
    if (expected == null) {
      assertNull(actual, what + " where R has none");
      return;
    }
    assertNotNull(actual, what + " where R gives " + expected);
    double tolerance = Math.max(ABSOLUTE, RELATIVE * Math.abs(expected));
    assertEquals(expected, actual, tolerance, what);
  }
}
