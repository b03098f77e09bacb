package dev.stocktake.etl.generate;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import dev.stocktake.etl.ingest.ExportFormat;
import dev.stocktake.schema.SurveySchema;
import dev.stocktake.schema.project.Project;
import dev.stocktake.schema.project.RoundConfig;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Writes synthetic rounds for a project: per round a {@code roster.csv} of invited organisations
 * and a {@code responses.csv} of submissions, consistent with the round's schema, in Stocktake's
 * own layout or as a survey tool exports it. Rows are made one at a time from (seed, organisation,
 * round), so memory stays flat at any size and the same seed gives the same bytes.
 */
public final class ConsultationGenerator {
  private static final long SUBMISSION = Mix.of("submission");
  private static final long DUPLICATE = Mix.of("duplicate");
  private static final int BUFFER = 1 << 20;

  private final Project project;
  private final GenerationProfile profile;
  private final long seed;
  private final ExportFormat format;
  private final PhraseBank phrases = PhraseBank.load();
  private final ThemeBank themes = ThemeBank.load();

  public ConsultationGenerator(Project project, GenerationProfile profile, long seed) {
    this(project, profile, seed, ExportFormat.STOCKTAKE);
  }

  /**
   * A generator writing responses as {@code format}'s survey tool exports them; the answers are the
   * same for every format.
   */
  public ConsultationGenerator(
      Project project, GenerationProfile profile, long seed, ExportFormat format) {
    this.project = project;
    this.profile = profile;
    this.seed = seed;
    this.format = format;
  }

  /** The {@code columns:} stocktake.yaml needs to read responses generated as {@code format}. */
  public static Map<String, String> projectColumns(ExportFormat format) {
    return ExportLayout.projectColumns(format);
  }

  /**
   * What was written for one round; {@code campaign} is how many respondents gave the planted
   * campaign's answer (see {@link OpenAnswers.Campaign}).
   */
  public record RoundSummary(
      String round, long respondents, long panel, long invited, long submissions, int campaign) {}

  /**
   * Writes {@code rounds} rounds under {@code out/rounds/}, the last with {@code respondents}
   * respondents; reports each finished round to {@code progress}.
   */
  public List<RoundSummary> writeRounds(
      List<RoundConfig> rounds, long respondents, Path out, Consumer<RoundSummary> progress) {
    Population population = new Population(respondents, rounds.size(), profile);
    List<SurveySchema> versions = List.copyOf(project.schemas().values());
    SurveySchema origin = project.schemaOf(rounds.get(0));
    List<String> groups = project.newestSchema().groupIds();
    long organisations =
        population.end(rounds.size() - 1) + population.invitedOnly(rounds.size() - 1);
    Organisations makers = new Organisations(seed, groups, profile, organisations);
    List<RoundSummary> summaries = new ArrayList<>();
    for (int r = 0; r < rounds.size(); r++) {
      RoundConfig round = rounds.get(r);
      SurveySchema schema = project.schemaOf(round);
      CodedAnswers coded = new CodedAnswers(seed, r, round.id(), profile.openAnswers(), themes);
      AnswerGenerator answers =
          new AnswerGenerator(seed, schema, r, versions, origin, profile, phrases, coded);
      Path folder = out.resolve("rounds").resolve(round.id());
      try {
        Files.createDirectories(folder);
        writeRoster(population, r, makers, folder.resolve("roster.csv"));
        long submissions =
            writeResponses(
                population, r, round, schema, makers, answers, folder.resolve("responses.csv"));
        RoundSummary summary =
            new RoundSummary(
                round.id(),
                population.respondents(r),
                population.panel(r),
                population.respondents(r) + population.invitedOnly(r),
                submissions,
                coded.campaignMembers());
        summaries.add(summary);
        progress.accept(summary);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write round " + round.id() + " to " + folder, e);
      }
    }
    return summaries;
  }

  private static void writeRoster(Population population, int round, Organisations makers, Path file)
      throws IOException {
    try (ICSVWriter csv = csv(file)) {
      csv.writeNext(
          new String[] {"id", "name", "group", "region", "country", "language", "consent"}, false);
      long last = population.end(round) + population.invitedOnly(round);
      for (long i = population.start(round); i < last; i++) {
        Organisation o = makers.at(i);
        csv.writeNext(
            new String[] {
              o.id(), o.name(), o.group(), o.region(), o.country(), o.language(), o.consent()
            },
            false);
      }
    }
  }

  private long writeResponses(
      Population population,
      int round,
      RoundConfig config,
      SurveySchema schema,
      Organisations makers,
      AnswerGenerator answers,
      Path file)
      throws IOException {
    long submissions = 0;
    Instant opens = fieldingStart(config);
    ExportLayout layout = new ExportLayout(format, schema, answers.questions(), config.id(), seed);
    try (ICSVWriter csv = csv(file, layout.delimiter())) {
      csv.writeNext(layout.header(), layout.quotesAll());
      for (long i = population.start(round); i < population.end(round); i++) {
        Organisation o = makers.at(i);
        String language =
            schema.languages().contains(o.language()) ? o.language() : schema.languages().get(0);
        SplittableRandom random = Mix.random(seed, i, round, SUBMISSION);
        Instant submitted =
            opens
                .plusSeconds((long) (random.nextDouble() * 75 * 86_400))
                .truncatedTo(ChronoUnit.SECONDS);
        SplittableRandom duplicate = Mix.random(seed, i, round, DUPLICATE);
        if (duplicate.nextDouble() < profile.duplicateRate()) {
          // An earlier submission the respondent later replaced: same person, other answers.
          Instant earlier = submitted.minusSeconds(3600 + duplicate.nextInt(72 * 3600));
          String[] given = answers.answers(o, language, duplicate, true);
          submissions++;
          csv.writeNext(
              layout.row(i, 0, submissions, o.id(), o.group(), earlier, language, given),
              layout.quotesAll());
        }
        String[] given = answers.answers(o, language, random);
        submissions++;
        csv.writeNext(
            layout.row(i, 1, submissions, o.id(), o.group(), submitted, language, given),
            layout.quotesAll());
      }
    }
    return submissions;
  }

  /** Rounds named by a year are fielded from 1 September of that year; others from 2024. */
  static Instant fieldingStart(RoundConfig round) {
    int year = round.id().matches("\\d{4}") ? Integer.parseInt(round.id()) : 2024;
    return LocalDate.of(year, 9, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  private static ICSVWriter csv(Path file) throws IOException {
    return csv(file, ',');
  }

  private static ICSVWriter csv(Path file, char delimiter) throws IOException {
    Writer writer =
        new BufferedWriter(
            new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), BUFFER);
    return new CSVWriter(writer, delimiter, '"', '"', "\n");
  }
}
