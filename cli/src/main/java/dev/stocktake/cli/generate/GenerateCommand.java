package dev.stocktake.cli.generate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.stocktake.cli.ExampleProjects;
import dev.stocktake.cli.ExitCodes;
import dev.stocktake.cli.UserException;
import dev.stocktake.etl.generate.ConsultationGenerator;
import dev.stocktake.etl.generate.ConsultationGenerator.RoundSummary;
import dev.stocktake.etl.generate.GenerationProfile;
import dev.stocktake.etl.ingest.ExportFormat;
import dev.stocktake.schema.Text;
import dev.stocktake.schema.io.DocumentReader;
import dev.stocktake.schema.project.Project;
import dev.stocktake.schema.project.ProjectConfig;
import dev.stocktake.schema.project.ProjectFiles;
import dev.stocktake.schema.project.RoundConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code stocktake generate}: a synthetic consultation project, the example's or another project's,
 * with rosters and responses for any number of respondents and rounds.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Write a synthetic consultation project at any scale.",
      "",
      "Write a consultation project with synthetic rosters and responses: the shipped",
      "Christchurch Call example (or --project DIR) with N respondents in the last round,",
      "a panel of returning respondents and newcomers, and plausible progress between rounds.",
      "The same --seed gives the same bytes; memory stays flat at any size."
    })
public final class GenerateCommand implements Callable<Integer> {

  @Option(
      names = "--respondents",
      required = true,
      paramLabel = "N",
      description = "Respondents in the last round (earlier rounds have fewer).")
  long respondents;

  @Option(
      names = "--rounds",
      paramLabel = "R",
      description =
          "Number of rounds (default: the project's rounds; more reuse its newest schema).")
  Integer rounds;

  @Option(
      names = "--seed",
      defaultValue = "1",
      paramLabel = "S",
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Folder to write the project to; must not exist or be empty.")
  Path out;

  @Option(
      names = "--project",
      paramLabel = "DIR",
      description = "Generate for this project's schemas instead of the shipped example.")
  Path project;

  @Option(
      names = "--format",
      defaultValue = "stocktake",
      paramLabel = "FORMAT",
      description =
          "Write responses as this survey tool exports them: stocktake, kobo (KoboToolbox),"
              + " odk (ODK Central) or limesurvey; stocktake.yaml gets the matching format and"
              + " columns (default: ${DEFAULT-VALUE}).")
  String format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (respondents < 1) {
      throw new UserException("--respondents must be 1 or more, not " + respondents);
    }
    if (rounds != null && rounds < 1) {
      throw new UserException("--rounds must be 1 or more, not " + rounds);
    }
    if (!ProjectConfig.FORMATS.contains(format)) {
      throw new UserException(
          "--format \""
              + format
              + "\" is not a format the generator writes; use one of "
              + String.join(", ", ProjectConfig.FORMATS));
    }
    if (Files.exists(out) && !(Files.isDirectory(out) && isEmpty(out))) {
      throw new UserException(
          out + " already exists and is not an empty folder; choose another --out");
    }
    Path parent = out.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path staging = Files.createTempDirectory(parent, "." + out.getFileName() + ".tmp-");
    try {
      write(staging);
      Files.deleteIfExists(out);
      Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      deleteTree(staging);
    }
    spec.commandLine().getOut().println("wrote " + out);
    return ExitCodes.OK;
  }

  private void write(Path staging) throws IOException {
    if (project == null) {
      ExampleProjects.copy(
          ExampleProjects.CHRISTCHURCH_CALL, staging, GenerateCommand::isGenerated);
    } else {
      if (!Files.isDirectory(project)) {
        throw new UserException("project folder " + project + " not found");
      }
      ExampleProjects.copyTree(project, staging, GenerateCommand::isGenerated);
    }
    DocumentReader reader = new DocumentReader();
    Project loaded = Project.load(staging, reader);
    Path profileFile = ProjectFiles.findDocument(staging, "generator");
    GenerationProfile profile =
        profileFile == null
            ? GenerationProfile.defaults()
            : reader.read(profileFile, GenerationProfile.class).value();
    List<RoundConfig> chosen = chooseRounds(loaded.config());
    ExportFormat export = ExportFormat.of(format);
    if (chosen.size() != loaded.config().rounds().size() || export != ExportFormat.STOCKTAKE) {
      ProjectConfig config = loaded.config().withRounds(chosen);
      if (export != ExportFormat.STOCKTAKE) {
        config = config.withFormat(export.id(), ConsultationGenerator.projectColumns(export));
      }
      rewriteConfig(staging, config, export);
      loaded = Project.load(staging, reader);
    }
    PrintWriter log = spec.commandLine().getErr();
    long started = System.nanoTime();
    new ConsultationGenerator(loaded, profile, seed, export)
        .writeRounds(chosen, respondents, staging, summary -> report(log, summary, started));
  }

  private static void report(PrintWriter log, RoundSummary s, long started) {
    double seconds = (System.nanoTime() - started) / 1e9;
    log.printf(
        Locale.ROOT,
        "generate: round %s: %,d respondents (%,d returning), %,d invited, %,d submissions; %.1f s%n",
        s.round(),
        s.respondents(),
        s.panel(),
        s.invited(),
        s.submissions(),
        seconds);
    log.flush();
  }

  private List<RoundConfig> chooseRounds(ProjectConfig config) {
    List<RoundConfig> configured = config.rounds();
    int wanted = rounds == null ? configured.size() : rounds;
    List<RoundConfig> chosen =
        new ArrayList<>(configured.subList(0, Math.min(wanted, configured.size())));
    while (chosen.size() < wanted) {
      RoundConfig last = chosen.get(chosen.size() - 1);
      chosen.add(
          new RoundConfig(
              nextRoundId(chosen),
              last.schema(),
              Text.of(Map.of(config.sourceLanguage(), "Round " + nextRoundId(chosen)))));
    }
    return chosen;
  }

  /** Year-named rounds continue their cadence (2020, 2022 → 2024); others get a suffix. */
  static String nextRoundId(List<RoundConfig> rounds) {
    String last = rounds.get(rounds.size() - 1).id();
    if (last.matches("\\d{4}")) {
      int step = 1;
      if (rounds.size() > 1 && rounds.get(rounds.size() - 2).id().matches("\\d{4}")) {
        step =
            Math.max(
                1, Integer.parseInt(last) - Integer.parseInt(rounds.get(rounds.size() - 2).id()));
      }
      return String.valueOf(Integer.parseInt(last) + step);
    }
    return last + "-next";
  }

  /**
   * Replaces the stocktake.yaml of a generated project with {@code rewritten}; the benchmark uses
   * it too, to field every round on the newest schema.
   */
  public static void rewriteConfig(Path folder, ProjectConfig rewritten, ExportFormat export)
      throws IOException {
    ObjectMapper yaml =
        new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER))
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .setSerializationInclusion(JsonInclude.Include.NON_EMPTY);
    Path file = ProjectFiles.findDocument(folder, "stocktake");
    Files.writeString(
        file,
        "# Written by stocktake generate with "
            + rewritten.rounds().size()
            + " rounds"
            + (export == ExportFormat.STOCKTAKE
                ? ""
                : ", responses as " + export.id() + " exports them")
            + ".\n"
            + yaml.writeValueAsString(rewritten));
  }

  /** Generated rounds and outputs of the source project are not copied. */
  private static boolean isGenerated(Path relative) {
    String first = relative.getName(0).toString();
    return first.equals("rounds") || first.equals("out");
  }

  private static boolean isEmpty(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.findAny().isEmpty();
    }
  }

  private static void deleteTree(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
