package dev.stocktake.etl.ingest;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.stocktake.etl.SharedSpark;
import dev.stocktake.schema.project.Project;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.StageInfo;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property-based bad input: valid response files of the corpus, mutated at random by {@link
 * FuzzCases} (byte flips, truncation, dropped quotes, shuffled columns, invalid UTF-8, duplicated
 * or deleted rows, changed line ends, empty files), are ingested many to a round, and for every
 * file and the round the ingest must not throw and must account for every record: rows read =
 * accepted + quarantined + superseded, each set-aside row and answer listed in quarantine.csv, each
 * accepted submission in respondents/, and, where the file is still well-formed, rows read equal to
 * the records written.
 *
 * <p>{@code -Dstocktake.fuzz.seed} (default {@value #DEFAULT_SEED}) and {@code
 * -Dstocktake.fuzz.cases} (default {@value #DEFAULT_CASES}) choose the cases; {@code
 * -Dstocktake.fuzz.case=N} replays case N alone; {@code -Dstocktake.fuzz.batch} (default {@value
 * #DEFAULT_BATCH}) sets how many files one ingest reads; {@code -Dstocktake.fuzz.verbose=true}
 * prints what each Spark stage cost. Failing inputs are written to {@code
 * target/ingest-fuzz/seed-S/}.
 *
 * <p>Why {@value #DEFAULT_CASES} cases and not the 1,000: the ingest has a cost per
 * response file, whatever its size, because every file is its own Spark read (planned on the
 * driver), its own scan task and its own task in the validation stage, whose serialised lineage
 * (the union of every file's read) grows with the number of files, so task deserialisation grows
 * with their square. Measured on the shared 2-core machine (load average 10 to 13): 1,000 cases
 * took 634 s in 20 runs of 50 files (the last ten runs 18 s each), 200 cases 299 s. The build
 * passes the count: 200 in a plain {@code mvn verify}, 1,000 with {@code -P reliability}, which CI
 * runs.
 */
class IngestFuzzTest {
  static final long DEFAULT_SEED = 20_231_203L;
  static final int DEFAULT_CASES = 200;
  // Fewer files a run repeat the fixed cost of a run, more make the validation stage's tasks
  // heavier (see above); of 50, 100 and 200 files a run, 50 cost least per file.
  static final int DEFAULT_BATCH = 50;
  static final byte[] KEY = "fuzz-test-key-0123456789abcdefgh".getBytes(StandardCharsets.UTF_8);
  static final Path FAILURES = Path.of("target/ingest-fuzz");
  private static final Pattern LOST = Pattern.compile("^(\\d+) records of the file were not");

  @TempDir Path work;

  private final Pseudonymiser pseudonymiser = new Pseudonymiser(KEY);

  /** What one batch found, and the figures it adds to the totals. */
  private record Outcome(Reconciliation.Counts counts, int files, int disagreements) {}

  @Test
  void everyMutatedFileIsReadWithoutCrashAndEveryRecordIsAccountedFor() throws Exception {
    long seed = Long.getLong("stocktake.fuzz.seed", DEFAULT_SEED);
    int count = Integer.getInteger("stocktake.fuzz.cases", DEFAULT_CASES);
    int batchSize = Integer.getInteger("stocktake.fuzz.batch", DEFAULT_BATCH);
    String only = System.getProperty("stocktake.fuzz.case", "");
    FuzzCases generator = new FuzzCases(IngestCorpusTest.CORPUS, seed);
    List<Integer> numbers =
        only.isBlank()
            ? IntStream.range(0, count).boxed().toList()
            : List.of(Integer.parseInt(only.strip()));

    if (Boolean.getBoolean("stocktake.fuzz.verbose")) {
      printStages(SharedSpark.session());
    }
    long start = System.nanoTime();
    List<String> failures = new ArrayList<>();
    Reconciliation.Counts totals = Reconciliation.Counts.zero();
    int files = 0;
    int disagreements = 0;
    int crashes = 0;
    int runs = 0;
    for (int from = 0; from < numbers.size(); from += batchSize) {
      List<FuzzCases.Case> batch =
          numbers.subList(from, Math.min(numbers.size(), from + batchSize)).stream()
              .map(generator::make)
              .toList();
      List<String> found = new ArrayList<>();
      runs++;
      Outcome outcome = ingestAndCheck(batch, "run-" + runs, found);
      if (outcome == null) {
        List<FuzzCases.Case> crashing = new ArrayList<>();
        runs += isolateCrashes(batch, crashing, found);
        crashes += crashing.size();
      } else {
        totals = totals.plus(outcome.counts());
        files += outcome.files();
        disagreements += outcome.disagreements();
      }
      failures.addAll(found);
      saveFailingInputs(seed, batch, found);
    }
    double seconds = (System.nanoTime() - start) / 1e9;

    System.out.printf(
        java.util.Locale.ROOT,
        "IngestFuzzTest: %d cases tried (seed %d), %d rows read = %d accepted + %d quarantined + %d"
            + " superseded, %d files reconciled, %d crashes; %d files set aside whole as"
            + " parser_disagreement; %d ingest runs of up to %d files in %.1f s%n",
        numbers.size(),
        seed,
        totals.rowsRead(),
        totals.accepted(),
        totals.quarantined(),
        totals.superseded(),
        files,
        crashes,
        disagreements,
        runs,
        batchSize,
        seconds);
    if (!failures.isEmpty()) {
      fail(
          failures.size()
              + " problem(s) with seed "
              + seed
              + "; failing inputs are in "
              + FAILURES.resolve("seed-" + seed).toAbsolutePath()
              + " (add one to src/test/resources/ingest/corpus/<name>/ with an"
              + " expected.properties)\n"
              + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
    }
    assertTrue(files == numbers.size(), files + " of " + numbers.size() + " files reconciled");
  }

  /**
   * Ingests the cases as the files of one round and checks them; returns null when the ingest threw
   * (noting nothing: the caller isolates the crashing cases).
   */
  private Outcome ingestAndCheck(List<FuzzCases.Case> cases, String name, List<String> failures)
      throws Exception {
    Path project = work.resolve(name).resolve("project");
    IngestCorpusTest.copyTree(IngestCorpusTest.PROJECT, project);
    Path round = Files.createDirectories(project.resolve("rounds/2023"));
    for (FuzzCases.Case c : cases) {
      Files.write(round.resolve(c.fileName()), c.bytes());
    }
    Path out = work.resolve(name).resolve("out");
    SparkSession spark = SharedSpark.session();
    Reconciliation r;
    try {
      r =
          Ingest.run(
              spark,
              Project.load(project),
              new Ingest.Options(out, Edition.COMMUNITY, pseudonymiser),
              progress -> {
                if (Boolean.getBoolean("stocktake.fuzz.verbose")) {
                  System.out.println(progress);
                }
              });
    } catch (RuntimeException e) {
      if (cases.size() == 1) {
        failures.add(describe(cases.get(0), "the ingest threw " + stackTrace(e)));
      }
      return null;
    }
    return check(spark, cases, r, out, failures);
  }

  /**
   * Halves a crashing batch until each crashing case runs alone; returns the ingest runs it took.
   */
  private int isolateCrashes(
      List<FuzzCases.Case> cases, List<FuzzCases.Case> crashing, List<String> failures)
      throws Exception {
    if (cases.size() == 1) {
      crashing.add(cases.get(0));
      return 0;
    }
    int runs = 0;
    int half = cases.size() / 2;
    for (List<FuzzCases.Case> part :
        List.of(cases.subList(0, half), cases.subList(half, cases.size()))) {
      runs++;
      List<String> found = new ArrayList<>();
      if (ingestAndCheck(part, "bisect-" + part.get(0).number() + "-" + part.size(), found)
          == null) {
        if (part.size() == 1) {
          failures.addAll(found);
          crashing.add(part.get(0));
        } else {
          runs += isolateCrashes(part, crashing, failures);
        }
      } else {
        failures.addAll(found);
      }
    }
    return runs;
  }

  private Outcome check(
      SparkSession spark,
      List<FuzzCases.Case> cases,
      Reconciliation r,
      Path out,
      List<String> failures)
      throws Exception {
    Reconciliation.RoundCounts round = r.rounds().get(0);
    Reconciliation.Counts sum =
        round.files().stream()
            .map(Reconciliation.FileCounts::counts)
            .reduce(Reconciliation.Counts.zero(), Reconciliation.Counts::plus);
    String batch =
        "the round of cases " + cases.get(0).number() + ".." + cases.get(cases.size() - 1).number();
    if (!r.reconciled() || !round.reconciles() || !round.counts().reconciles()) {
      failures.add(batch + ": the round does not reconcile: " + round.counts());
    }
    if (!sum.equals(round.counts()) || round.files().size() != cases.size()) {
      failures.add(
          batch
              + ": its "
              + round.files().size()
              + " files add up to "
              + sum
              + ", not "
              + round.counts());
    }

    Map<String, long[]> listed = quarantineByFile(out);
    Dataset<Row> respondents = spark.read().parquet(out.resolve("respondents").toString());
    Set<String> responded = new HashSet<>();
    respondents
        .filter(col("responded"))
        .select("respondent")
        .collectAsList()
        .forEach(row -> responded.add(row.getString(0)));
    long answerRows = spark.read().parquet(out.resolve("answers").toString()).count();
    if (responded.size() != round.counts().accepted()) {
      failures.add(
          batch
              + ": respondents/ holds "
              + responded.size()
              + " respondents who responded, the round accepted "
              + round.counts().accepted());
    }
    if (answerRows != round.counts().answersWritten()) {
      failures.add(
          batch
              + ": answers/ holds "
              + answerRows
              + " rows, the reconciliation says "
              + round.counts().answersWritten());
    }

    Map<String, Reconciliation.FileCounts> byFile = new HashMap<>();
    round.files().forEach(f -> byFile.put(f.file(), f));
    int reconciled = 0;
    int disagreements = 0;
    for (FuzzCases.Case c : cases) {
      String display = "rounds/2023/" + c.fileName();
      Reconciliation.FileCounts file = byFile.get(display);
      if (file == null) {
        failures.add(describe(c, "the reconciliation has no entry for the file"));
        continue;
      }
      Reconciliation.Counts n = file.counts();
      List<String> wrong = new ArrayList<>();
      if (!file.reconciles() || !n.reconciles()) {
        wrong.add(
            "rows read "
                + n.rowsRead()
                + " != "
                + n.accepted()
                + " accepted + "
                + n.quarantined()
                + " quarantined + "
                + n.superseded()
                + " superseded");
      }
      if (c.expectedRecords() >= 0 && n.rowsRead() != c.expectedRecords()) {
        wrong.add(
            "rows read "
                + n.rowsRead()
                + " but the file holds "
                + c.expectedRecords()
                + " records");
      }
      if (c.sameCountsAsBase()) {
        Reconciliation.Counts base = baseCounts(c.base());
        boolean same =
            n.rowsRead() == base.rowsRead()
                && n.accepted() == base.accepted()
                && n.quarantined() == base.quarantined()
                && n.superseded() == base.superseded()
                && (base.answersWritten() < 0 || n.answersWritten() == base.answersWritten());
        if (!same) {
          wrong.add(
              "counted "
                  + n
                  + " but its base "
                  + c.base().name()
                  + " (only columns or line ends moved) counts "
                  + base);
        }
      }
      long[] q = listed.getOrDefault(display, new long[3]);
      if (q[0] + q[2] != n.quarantined() + n.superseded()) {
        wrong.add(
            "quarantine.csv lists "
                + q[0]
                + " rows (+"
                + q[2]
                + " not returned by the parser) but "
                + n.quarantined()
                + " were quarantined and "
                + n.superseded()
                + " superseded");
      }
      if (q[1] != n.answersQuarantined()) {
        wrong.add(
            "quarantine.csv lists "
                + q[1]
                + " answers but "
                + n.answersQuarantined()
                + " were set aside");
      }
      if (!c.respondentIds().isEmpty()) {
        long found =
            new HashSet<>(c.respondentIds())
                .stream().map(pseudonymiser::pseudonym).filter(responded::contains).count();
        if (found != n.accepted()) {
          wrong.add(
              n.accepted() + " accepted but respondents/ has " + found + " of its respondents");
        }
      }
      if (file.notes().stream().anyMatch(note -> note.startsWith("the scanner found"))) {
        disagreements++;
      }
      if (wrong.isEmpty()) {
        reconciled++;
      } else {
        failures.add(describe(c, String.join("; ", wrong)));
      }
    }
    return new Outcome(round.counts(), reconciled, disagreements);
  }

  /**
   * Per file: rows set aside whole, answers set aside, and records the parser did not return (one
   * line of quarantine.csv stands for them all).
   */
  private static Map<String, long[]> quarantineByFile(Path out) throws Exception {
    Map<String, long[]> byFile = new HashMap<>();
    for (String[] row : IngestCorpusTest.readCsv(out.resolve("quarantine.csv"))) {
      long[] n = byFile.computeIfAbsent(row[1], f -> new long[3]);
      Reason reason = Reason.ofCode(row[5]);
      Matcher lost = LOST.matcher(row[6]);
      if (reason == Reason.PARSER_DISAGREEMENT && row[2].equals("0") && lost.find()) {
        n[2] += Long.parseLong(lost.group(1));
      } else if (reason.level() == Reason.Level.ROW) {
        n[0]++;
      } else if (reason.level() == Reason.Level.ANSWER) {
        n[1]++;
      }
    }
    return byFile;
  }

  private static Reconciliation.Counts baseCounts(FuzzCases.Base base) {
    var p = base.expected();
    return new Reconciliation.Counts(
        number(p, "rows_read", 0),
        number(p, "accepted", 0),
        number(p, "quarantined", 0),
        number(p, "superseded", 0),
        number(p, "answers", -1),
        0);
  }

  private static long number(java.util.Properties p, String key, long otherwise) {
    String v = p.getProperty(key);
    return v == null ? otherwise : Long.parseLong(v.strip());
  }

  private static String describe(FuzzCases.Case c, String what) {
    return "case "
        + c.number()
        + " ("
        + c.fileName()
        + "): "
        + what
        + "\n  replay: mvn -B -o -q test -pl etl -am -Dspotless.check.skip=true -Dtest=IngestFuzzTest"
        + " -Dsurefire.failIfNoSpecifiedTests=false -Dstocktake.fuzz.seed="
        + Long.getLong("stocktake.fuzz.seed", DEFAULT_SEED)
        + " -Dstocktake.fuzz.case="
        + c.number();
  }

  /** Writes the inputs of the cases a failure names, to add to the corpus. */
  private static void saveFailingInputs(long seed, List<FuzzCases.Case> batch, List<String> found)
      throws IOException {
    if (found.isEmpty()) {
      return;
    }
    Path folder = Files.createDirectories(FAILURES.resolve("seed-" + seed));
    boolean named = false;
    for (FuzzCases.Case c : batch) {
      if (found.stream().anyMatch(f -> f.startsWith("case " + c.number() + " ("))) {
        Files.write(folder.resolve(c.fileName()), c.bytes());
        named = true;
      }
    }
    if (!named) {
      // A round-level failure names no case: keep the whole batch.
      Path round = Files.createDirectories(folder.resolve("round-" + batch.get(0).number()));
      for (FuzzCases.Case c : batch) {
        Files.write(round.resolve(c.fileName()), c.bytes());
      }
    }
  }

  /** With -Dstocktake.fuzz.verbose: what each Spark stage cost, to see what a file costs. */
  private static void printStages(SparkSession spark) {
    spark
        .sparkContext()
        .addSparkListener(
            new SparkListener() {
              @Override
              public void onStageCompleted(SparkListenerStageCompleted completed) {
                StageInfo stage = completed.stageInfo();
                System.out.printf(
                    java.util.Locale.ROOT,
                    "stage %d (%s): %d tasks, %d ms, tasks ran %d ms and deserialised %d ms%n",
                    stage.stageId(),
                    stage.name(),
                    stage.numTasks(),
                    (long) stage.completionTime().get() - (long) stage.submissionTime().get(),
                    stage.taskMetrics().executorRunTime(),
                    stage.taskMetrics().executorDeserializeTime());
              }
            });
  }

  private static String stackTrace(Throwable e) {
    StringWriter text = new StringWriter();
    e.printStackTrace(new PrintWriter(text));
    String[] lines = text.toString().split("\n");
    return String.join("\n    ", java.util.Arrays.copyOf(lines, Math.min(12, lines.length)));
  }
}
