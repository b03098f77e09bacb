package dev.stocktake.cli.compare;

import dev.stocktake.etl.compare.Compare;
import dev.stocktake.schema.findings.Comparison;
import dev.stocktake.schema.findings.Findings;
import dev.stocktake.schema.findings.KeyFinding;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;

/** What {@code stocktake compare} prints: a line per step, then what was found. */
final class CompareReport {
  private CompareReport() {}

  static String progress(Compare.Progress p) {
    double seconds = p.millis() / 1000.0;
    return switch (p.step()) {
      case "aggregate" ->
          String.format(
              Locale.ROOT, "compare: aggregated %,d answer counts in %.1f s", p.items(), seconds);
      case "test" ->
          String.format(Locale.ROOT, "compare: ran %,d tests in %.1f s", p.items(), seconds)
              + p.notes().stream().map(n -> "\ncompare: " + n).collect(Collectors.joining());
      case "quote" ->
          String.format(
                  Locale.ROOT,
                  "compare: chose %,d quotes of open answers in %.1f s",
                  p.items(),
                  seconds)
              + p.notes().stream().map(n -> "\ncompare: " + n).collect(Collectors.joining());
      default -> String.format(Locale.ROOT, "compare: wrote findings in %.1f s", seconds);
    };
  }

  static void summary(Findings f, Path out, PrintWriter stdout) {
    long tests = f.comparisons().stream().filter(c -> c.p() != null).count();
    long withheld = f.comparisons().stream().filter(Comparison::withheld).count();
    long significant =
        f.comparisons().stream().filter(c -> c.pAdjusted() != null && c.pAdjusted() < 0.05).count();
    stdout.println(
        String.format(
            Locale.ROOT,
            "compare: %,d tests%s, %,d with adjusted p < 0.05; %d commitment-progress cells;"
                + " %d key findings",
            tests,
            withheld == 0 ? "" : " (" + withheld + " withheld: they would reveal a small count)",
            significant,
            f.commitments().size(),
            f.keyFindings().size()));
    for (KeyFinding k : f.keyFindings()) {
      stdout.println(
          "  "
              + k.rank()
              + ". "
              + k.key()
              + " "
              + k.args().stream()
                  .map(a -> a.name() + "=" + format(a.value()))
                  .collect(Collectors.joining(" ")));
    }
    stdout.println("findings in " + out.resolve("findings.json"));
  }

  private static String format(Object value) {
    if (value instanceof Double d) {
      return Math.abs(d) < 0.001 && d != 0
          ? String.format(Locale.ROOT, "%.2e", d)
          : String.format(Locale.ROOT, "%.3f", d);
    }
    return String.valueOf(value);
  }
}
