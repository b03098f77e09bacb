package dev.stocktake.cli.demo;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import dev.stocktake.cli.ExampleProjects;
import dev.stocktake.cli.ExitCodes;
import dev.stocktake.cli.SparkSessions;
import dev.stocktake.cli.UserException;
import dev.stocktake.cli.compare.CompareCommand;
import dev.stocktake.cli.ingest.IngestCommand;
import dev.stocktake.cli.report.ClearanceStage;
import dev.stocktake.cli.report.ReportStage;
import dev.stocktake.etl.ingest.Edition;
import dev.stocktake.etl.ingest.PseudonymKey;
import dev.stocktake.etl.ingest.Reconciliation;
import dev.stocktake.schema.diff.Change.Impact;
import dev.stocktake.schema.diff.SchemaDiff;
import dev.stocktake.schema.diff.SchemaDiffer;
import dev.stocktake.schema.project.Project;
import dev.stocktake.schema.project.RoundConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code stocktake demo}: copies the shipped Christchurch Call example into a working folder and
 * takes it through the stages this build has: loading and validating every file, counting each
 * round's submissions against its roster, comparing the schema versions of the rounds, the ingest
 * into tidy, harmonised, pseudonymised answers, and the comparison of the rounds.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Run the shipped example consultation end to end in a working folder.",
      "",
      "Copy the shipped example consultation (the Christchurch Call community",
      "consultation, rounds 2020 and 2022) to a working folder and run it: validate",
      "its schemas, framework and settings, count each round's submissions against",
      "its roster, say what changed between the rounds' schema versions, ingest the",
      "responses into DIR/out, compare the rounds (DIR/out/findings.json) and write",
      "the report in every language of the project",
      "(DIR/out/report/<lang>/index.html). Re-running replaces the previous demo",
      "folder."
    })
public final class DemoCommand implements Callable<Integer> {
  private static final String MARKER = ".stocktake-demo";

  @Option(
      names = "--out",
      defaultValue = "stocktake-demo",
      paramLabel = "DIR",
      description = "Working folder for the example (default: ${DEFAULT-VALUE}).")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter log = spec.commandLine().getOut();
    prepare();
    Path parent = out.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path staging = Files.createTempDirectory(parent, "." + out.getFileName() + ".tmp-");
    ExampleProjects.copy(ExampleProjects.CHRISTCHURCH_CALL, staging, relative -> false);
    Files.writeString(
        staging.resolve(MARKER), "A copy of the shipped example, made by stocktake demo.\n");
    writeKey(staging);
    replace(staging);
    log.println("demo: copied the example consultation to " + out);

    Project project = Project.load(out);
    log.println(
        "demo: "
            + project.config().project()
            + ": "
            + project.schemas().size()
            + " schema versions, framework "
            + project.config().framework()
            + ", languages "
            + String.join(", ", project.config().languages())
            + " — all valid");
    for (RoundConfig round : project.config().rounds()) {
      Path folder = out.resolve("rounds").resolve(round.id());
      List<String[]> responses = records(folder.resolve("responses.csv"));
      List<String[]> roster = records(folder.resolve("roster.csv"));
      Set<String> respondents = new HashSet<>();
      responses.forEach(r -> respondents.add(r[0]));
      log.printf(
          Locale.ROOT,
          "demo: round %s (schema v%d): %d submissions from %d respondents of %d invited (%.0f%%)%n",
          round.id(),
          round.schema(),
          responses.size(),
          respondents.size(),
          roster.size(),
          100.0 * respondents.size() / Math.max(1, roster.size()));
    }
    List<RoundConfig> rounds = project.config().rounds();
    for (int i = 1; i < rounds.size(); i++) {
      if (rounds.get(i).schema() == rounds.get(i - 1).schema()) {
        continue;
      }
      SchemaDiff diff =
          SchemaDiffer.diff(project.schemaOf(rounds.get(i - 1)), project.schemaOf(rounds.get(i)));
      log.printf(
          Locale.ROOT,
          "demo: v%d → v%d: %d changes break comparability, %d need a caveat, %d others"
              + " (stocktake schema diff %s %s)%n",
          diff.oldVersion(),
          diff.newVersion(),
          diff.withImpact(Impact.BREAKING).size(),
          diff.withImpact(Impact.CAVEAT).size(),
          diff.withImpact(Impact.NONE).size(),
          schemaPath(project, rounds.get(i - 1)),
          schemaPath(project, rounds.get(i)));
    }
    Reconciliation ingested =
        IngestCommand.ingest(
            project,
            out.resolve("out"),
            Edition.PUBLIC,
            PseudonymKey.resolve(
                project.config().confidentiality(), out, Edition.PUBLIC, name -> null),
            null,
            false,
            log);
    if (!ingested.reconciled()) {
      return ExitCodes.INTERNAL_ERROR;
    }
    CompareCommand.compare(project, out.resolve("out"), Edition.PUBLIC, null, false, log);
    List<Path> reports =
        ReportStage.write(
            project,
            out.resolve("out"),
            Edition.PUBLIC,
            // The demo's key is the file it wrote, whatever the environment says.
            () ->
                ClearanceStage.collect(
                    SparkSessions.start(null, false), project, out.resolve("out"), name -> null),
            log);
    Path english =
        reports.stream()
            .filter(p -> p.getParent().getFileName().toString().equals("en"))
            .findFirst()
            .orElse(reports.get(0));
    log.println("demo: the report in English: " + english.toAbsolutePath());
    log.flush();
    return ExitCodes.OK;
  }

  /**
   * A fresh random pseudonymisation key where the example's stocktake.yaml looks for one, so the
   * demo needs no set-up; a real project keeps its key outside the project and stable.
   */
  private static void writeKey(Path project) throws IOException {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    Path file = project.resolve(".secrets/pseudonymisation.key");
    Files.createDirectories(file.getParent());
    Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n");
  }

  private Path schemaPath(Project project, RoundConfig round) {
    return out.resolve("surveys")
        .resolve(project.config().survey())
        .resolve("v" + round.schema() + ".yaml");
  }

  /** Refuses to overwrite a folder that is not an earlier demo. */
  private void prepare() throws IOException {
    if (!Files.exists(out)) {
      return;
    }
    boolean earlierDemo = Files.isRegularFile(out.resolve(MARKER));
    boolean empty;
    try (Stream<Path> entries = Files.list(out)) {
      empty = entries.findAny().isEmpty();
    }
    if (!earlierDemo && !empty) {
      throw new UserException(
          out + " exists and is not an earlier demo folder; choose another --out");
    }
  }

  private void replace(Path staging) throws IOException {
    Path old = null;
    if (Files.exists(out)) {
      old =
          Files.createTempDirectory(
              out.toAbsolutePath().getParent(), "." + out.getFileName() + ".old-");
      Files.move(out, old.resolve("previous"), StandardCopyOption.ATOMIC_MOVE);
    }
    Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
    if (old != null) {
      try (Stream<Path> walk = Files.walk(old)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  private static List<String[]> records(Path csv) throws IOException {
    try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CSVReader records = new CSVReader(reader)) {
      List<String[]> rows = records.readAll();
      return rows.subList(Math.min(1, rows.size()), rows.size());
    } catch (CsvException e) {
      throw new UserException("cannot read " + csv + ": " + e.getMessage(), e);
    }
  }
}
