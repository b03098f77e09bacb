package dev.stocktake.cli.codes;

import dev.stocktake.cli.ExitCodes;
import dev.stocktake.cli.UserException;
import dev.stocktake.schema.codebook.HandCode;
import dev.stocktake.schema.codebook.HandCodes;
import dev.stocktake.schema.project.Project;
import dev.stocktake.schema.project.RoundConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.spark.sql.RowFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stocktake codes import}: an analyst's codes into a round's {@code codes.csv}, checked
 * first; answers the file codes replace their earlier codes, others keep theirs.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Bring hand codes into the project (rounds/<round>/codes.csv).",
      "",
      "Reads FILE (respondent_id, question, theme[, note]; a theme cell may hold",
      "several themes separated by spaces, or none; rows with no theme are skipped,",
      "so the export can come back as it is), checks every row against the round's",
      "roster and the codebooks, and merges it into rounds/<round>/codes.csv. The",
      "next stocktake ingest codes those answers by hand."
    })
public final class ImportCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "The coded file.")
  Path file;

  @Parameters(index = "1", paramLabel = "PROJECT_DIR", description = "The consultation project.")
  Path projectDir;

  @Option(
      names = "--round",
      paramLabel = "ROUND",
      description = "The round the answers belong to (default: the newest).")
  String round;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    if (!Files.isRegularFile(file)) {
      throw new UserException(file + ": no such file");
    }
    Project project = Project.load(projectDir);
    List<RoundConfig> rounds = project.config().rounds();
    String target = round != null ? round : rounds.get(rounds.size() - 1).id();
    if (project.config().round(target).isEmpty()) {
      throw new UserException(
          "no round "
              + target
              + " in "
              + projectDir.resolve("stocktake.yaml")
              + "; its rounds are "
              + rounds.stream().map(RoundConfig::id).collect(Collectors.joining(", ")));
    }
    List<HandCode> imported = HandCodes.read(project, target, file.toAbsolutePath());
    Map<String, List<HandCode>> byAnswer = new TreeMap<>();
    for (HandCode c : HandCodes.read(project, target)) {
      byAnswer
          .computeIfAbsent(HandCodes.key(c.respondent(), c.question()), k -> new ArrayList<>())
          .add(c);
    }
    Map<String, List<HandCode>> fresh = new LinkedHashMap<>();
    for (HandCode c : imported) {
      fresh
          .computeIfAbsent(HandCodes.key(c.respondent(), c.question()), k -> new ArrayList<>())
          .add(c);
    }
    byAnswer.putAll(fresh);
    Path codes = HandCodes.file(project, target);
    List<org.apache.spark.sql.Row> rows = new ArrayList<>();
    for (List<HandCode> answer : byAnswer.values()) {
      HandCode first = answer.get(0);
      rows.add(
          RowFactory.create(
              first.respondent(),
              first.question(),
              answer.stream().map(HandCode::theme).collect(Collectors.joining(" ")),
              first.note()));
    }
    try {
      Files.createDirectories(codes.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + codes, e);
    }
    dev.stocktake.etl.io.OutputFiles.csv(codes, HandCodes.COLUMNS, rows.iterator());
    stdout.println(
        "codes import: "
            + fresh.size()
            + " answers coded by hand from "
            + file
            + "; "
            + byAnswer.size()
            + " in "
            + projectDir.resolve("rounds").resolve(target).resolve("codes.csv")
            + " (stocktake run uses them)");
    stdout.flush();
    return ExitCodes.OK;
  }
}
