package dev.stocktake.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.stocktake.bench.BenchData.Generated;
import dev.stocktake.cli.SparkSessions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code stocktake bench}: on the same generated data, times Stocktake's ingest + compare, DuckDB
 * computing the same counts, and one sequential read of the same bytes; checks that the counts are
 * identical and prints the figures with their ratios.
 */
@Command(
    name = "stocktake bench",
    mixinStandardHelpOptions = true,
    version = "stocktake bench (development build)",
    description = {
      "Time Stocktake against DuckDB and the read floor on the same generated data.",
      "",
      "For each size N: generate the example consultation with 2 rounds of N",
      "respondents, both on the newest schema; time stocktake ingest + compare in",
      "this process (Spark local[*]; ingest in the public edition, compare in the",
      "community one, which keeps every count); time DuckDB computing the same",
      "question x round x group counts from the same CSV files in one scan; time one",
      "sequential read of those files; check that the two engines' counts are",
      "identical. Spark SQL alone computing the same counts from the same files (no",
      "validation, outputs or statistics) is timed too, as the engine's own share.",
      "Ends with one line per size:",
      "  bench respondents=N stocktake_s=.. duckdb_s=.. floor_s=.. ratio_vs_duckdb=..",
      "  ratio_vs_floor=.. peak_heap_mb=.. counts_identical=true|false",
      "Exit 0 when every size's counts are identical (Spark SQL's included), 1 when not",
      "or on a user error."
    })
public final class BenchMain implements Callable<Integer> {

  @Option(
      names = "--respondents",
      required = true,
      split = ",",
      paramLabel = "N[,N...]",
      hideParamSyntax = true,
      description = "Respondents per round, one or more sizes, e.g. 100000,1000000.")
  List<Long> respondents;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description =
          "Folder for the generated data (one subfolder per size) and bench.json (default: a"
              + " temporary folder).")
  Path out;

  @Option(
      names = "--keep",
      description = "Keep the generated data and Stocktake's outputs (default: deleted per size).")
  boolean keep;

  @Option(
      names = "--seed",
      defaultValue = "1",
      paramLabel = "S",
      description = "Random seed of the generator (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--threads",
      paramLabel = "T",
      description = "DuckDB's threads (default: the machine's cores, as Spark's local[*]).")
  Integer threads;

  @Spec CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line; tests call this with their own writers. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new BenchMain());
    cli.setParameterExceptionHandler(
        (e, args) -> {
          PrintWriter err = e.getCommandLine().getErr();
          err.println("stocktake bench: " + e.getMessage());
          err.println("Usage: stocktake bench --help for the options");
          err.flush();
          return 1;
        });
    return cli;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter log = spec.commandLine().getErr();
    for (long n : respondents) {
      if (n < 1) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--respondents must be 1 or more, not " + n);
      }
    }
    int cores = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    Path root = out != null ? out : Files.createTempDirectory("stocktake-bench-");
    Files.createDirectories(root);
    List<SizeResult> results = new ArrayList<>();
    SparkSession spark = null;
    SparkJobLog jobs = new SparkJobLog();
    double sparkStart = 0;
    for (long n : respondents) {
      Path folder = root.resolve("respondents-" + n);
      if (Files.exists(folder)) {
        deleteTree(folder);
      }
      say(log, "bench: generating 2 rounds x %,d respondents in %s ...", n, folder);
      Generated data = BenchData.generate(folder, n, seed);
      say(
          log,
          "bench: generated %,d submissions, %.1f MB in %.1f s",
          data.submissions(),
          data.bytes() / 1e6,
          data.seconds());
      if (spark == null) {
        long started = System.nanoTime();
        spark = SparkSessions.start(null, false);
        sparkStart = (System.nanoTime() - started) / 1e9;
        spark.sparkContext().addSparkListener(jobs);
        say(log, "bench: Spark started in %.1f s", sparkStart);
      }
      jobs.drain();
      StocktakeRun.Timing stocktake =
          StocktakeRun.run(
              spark, data.project(), folder.resolve("out"), step -> say(log, "bench: %s", step));
      Map<String, Double> sparkJobs = jobs.drain();
      say(
          log,
          "bench: stocktake ingest %.2f s + compare %.2f s; peak heap %d MB (live after GC %d MB)",
          stocktake.ingestSeconds(),
          stocktake.compareSeconds(),
          stocktake.peakHeapMb(),
          stocktake.liveAfterGcMb());

      List<DistributionSql.Closed> questions =
          DistributionSql.closedQuestions(data.project().newestSchema());
      List<DistributionSql.RoundFile> files = new ArrayList<>();
      for (int i = 0; i < data.rounds().size(); i++) {
        files.add(new DistributionSql.RoundFile(data.rounds().get(i), data.responseFiles().get(i)));
      }
      DuckDbRun.Result duckdb = DuckDbRun.run(questions, files, cores);
      say(log, "bench: duckdb %.2f s (%d threads)", duckdb.seconds(), cores);

      SparkSqlRun.Result sparkSql = SparkSqlRun.run(spark, questions, files);
      Counts.Comparison sparkSqlCounts = Counts.compare(sparkSql.counts(), duckdb.counts());
      say(
          log,
          "bench: spark sql alone %.2f s, counts %s",
          sparkSql.seconds(),
          sparkSqlCounts.identical() ? "identical" : "DIFFER (" + sparkSqlCounts.differing() + ")");

      ReadFloor.Timing floor = ReadFloor.read(data.responseFiles());
      say(log, "bench: floor %.3f s (%,d bytes)", floor.seconds(), floor.bytes());

      Set<String> ids =
          questions.stream().map(DistributionSql.Closed::id).collect(Collectors.toSet());
      Counts.Comparison counts =
          Counts.compare(
              Counts.fromDistributions(folder.resolve("out/distributions.csv"), ids),
              duckdb.counts());
      say(
          log,
          "bench: counts %s in %,d cells compared",
          counts.identical() ? "identical" : "DIFFER (" + counts.differing() + ")",
          counts.cells());
      results.add(
          new SizeResult(
              n,
              data.rounds().size(),
              data.submissions(),
              data.bytes(),
              data.seconds(),
              stocktake.ingestSeconds(),
              stocktake.compareSeconds(),
              stocktake.steps(),
              sparkJobs,
              duckdb.seconds(),
              sparkSql.seconds(),
              sparkSqlCounts.differing(),
              floor.seconds(),
              stocktake.peakHeapMb(),
              stocktake.poolPeaksMb(),
              stocktake.liveAfterGcMb(),
              Runtime.getRuntime().maxMemory() / (1024 * 1024),
              ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
              counts.cells(),
              counts.differing(),
              counts.firstDifferences()));
      if (!keep) {
        deleteTree(folder);
      }
    }
    if (spark != null) {
      spark.stop();
    }
    ResultTable.print(stdout, sparkStart, results);
    if (out != null) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("spark_start_seconds", sparkStart);
      json.put("cores", Runtime.getRuntime().availableProcessors());
      json.put("duckdb_threads", cores);
      json.put("sizes", results);
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .writeValue(root.resolve("bench.json").toFile(), json);
      say(log, "bench: wrote %s", root.resolve("bench.json"));
    } else if (!keep) {
      deleteTree(root);
    }
    return results.stream().allMatch(r -> r.countsIdentical() && r.sparkSqlCellsDiffering() == 0)
        ? 0
        : 1;
  }

  private static void say(PrintWriter log, String format, Object... args) {
    log.printf(Locale.ROOT, format + "%n", args);
    log.flush();
  }

  private static void deleteTree(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + folder, e);
    }
  }
}
