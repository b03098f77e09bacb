package dev.stocktake.cli.codes;

import dev.stocktake.cli.ExitCodes;
import dev.stocktake.cli.SparkSessions;
import dev.stocktake.cli.UserException;
import dev.stocktake.etl.clearance.RespondentAnswersJob;
import dev.stocktake.etl.ingest.Edition;
import dev.stocktake.etl.ingest.Ingest;
import dev.stocktake.etl.ingest.PseudonymKey;
import dev.stocktake.etl.io.OutputFiles;
import dev.stocktake.etl.io.OutputFolder;
import dev.stocktake.etl.text.CodebookMatcher;
import dev.stocktake.schema.clearance.RespondentAnswers;
import dev.stocktake.schema.codebook.HandCode;
import dev.stocktake.schema.codebook.HandCodes;
import dev.stocktake.schema.project.Project;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stocktake codes export}: the newest round's answers to coded questions, one per row with
 * the themes the codebook's rules suggest, for an analyst to code by hand.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Write the newest round's open answers for hand coding.",
      "",
      "Reads the responses again (in the community edition, so that unpublished",
      "text is there) and writes one row per answer to a question a codebook codes:",
      "respondent_id, question, theme (the hand code so far, else empty: fill it",
      "in, several themes separated by spaces, or none), note, language, answer and",
      "the themes the rules suggest. Confidential: it holds answers and respondent",
      "ids. Bring it back with stocktake codes import."
    })
public final class ExportCommand implements Callable<Integer> {
  static final List<String> COLUMNS =
      List.of("respondent_id", "question", "theme", "note", "language", "answer", "suggested");

  @Parameters(index = "0", paramLabel = "PROJECT_DIR", description = "The consultation project.")
  Path projectDir;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Where to write (default: codes-<round>.csv in the current folder).")
  Path out;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: local).")
  String master;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    Project project = Project.load(projectDir);
    if (project.codebooks().isEmpty()) {
      throw new UserException(
          projectDir.resolve("codebooks")
              + ": no codebook, so no question is coded; write codebooks/<id>.yaml first");
    }
    List<String> rounds = project.config().rounds().stream().map(r -> r.id()).toList();
    String round = rounds.get(rounds.size() - 1);
    Path target = out != null ? out : Path.of("codes-" + round + ".csv");
    Map<String, CodebookMatcher> coders = CodebookMatcher.byQuestion(project.codebooks());
    Map<String, List<HandCode>> coded = new HashMap<>();
    for (HandCode c : HandCodes.read(project, round)) {
      coded
          .computeIfAbsent(HandCodes.key(c.respondent(), c.question()), k -> new ArrayList<>())
          .add(c);
    }

    SparkSession spark =
        SparkSessions.start(master != null ? master : project.config().spark().master(), false);
    Path scratch;
    try {
      scratch = Files.createTempDirectory("stocktake-codes-");
    } catch (IOException e) {
      throw new UncheckedIOException("could not make a working folder", e);
    }
    List<Row> rows = new ArrayList<>();
    try {
      Ingest.run(
          spark,
          project,
          new Ingest.Options(
              scratch,
              Edition.COMMUNITY,
              PseudonymKey.resolve(
                  project.config().confidentiality(),
                  project.folder(),
                  Edition.COMMUNITY,
                  System::getenv)),
          progress -> {});
      for (RespondentAnswers r :
          RespondentAnswersJob.collect(spark, project, scratch, System::getenv)) {
        for (RespondentAnswers.Answer a : r.answers()) {
          CodebookMatcher coder = coders.get(a.question());
          if (coder == null || a.values().isEmpty() || a.values().get(0).isBlank()) {
            continue;
          }
          String text = a.values().get(0);
          List<HandCode> hand =
              coded.getOrDefault(HandCodes.key(r.respondent(), a.question()), List.of());
          rows.add(
              RowFactory.create(
                  r.respondent(),
                  a.question(),
                  hand.stream().map(HandCode::theme).collect(Collectors.joining(" ")),
                  hand.isEmpty() ? "" : hand.get(0).note(),
                  r.language(),
                  text,
                  String.join(" ", coder.themes(text, r.language()))));
        }
      }
    } finally {
      try {
        OutputFolder.deleteTree(scratch);
      } catch (IOException e) {
        stdout.println("codes export: could not remove the working folder " + scratch);
      }
    }
    OutputFiles.csv(target, COLUMNS, rows.iterator());
    stdout.println(
        "codes export: "
            + rows.size()
            + " answers of round "
            + round
            + " to code in "
            + target
            + " (confidential: it holds answers and respondent ids)");
    stdout.flush();
    return ExitCodes.OK;
  }
}
