package dev.stocktake.etl.compare;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import dev.stocktake.etl.EtlException;
import dev.stocktake.etl.compare.internal.Aggregates;
import dev.stocktake.etl.compare.internal.Caveats;
import dev.stocktake.etl.compare.internal.Commitments;
import dev.stocktake.etl.compare.internal.CompareOutputs;
import dev.stocktake.etl.compare.internal.Edits;
import dev.stocktake.etl.compare.internal.KeyFindings;
import dev.stocktake.etl.compare.internal.OpenAnswerCounts;
import dev.stocktake.etl.compare.internal.PublicFigures;
import dev.stocktake.etl.compare.internal.QuestionCatalog;
import dev.stocktake.etl.compare.internal.QuoteFinder;
import dev.stocktake.etl.compare.internal.RoundComparer;
import dev.stocktake.etl.compare.internal.ThemeFindings;
import dev.stocktake.etl.ingest.PseudonymKey;
import dev.stocktake.etl.ingest.Pseudonymiser;
import dev.stocktake.etl.io.OutputFolder;
import dev.stocktake.schema.SurveySchema;
import dev.stocktake.schema.clearance.ClearanceFile;
import dev.stocktake.schema.clearance.Roster;
import dev.stocktake.schema.findings.CommitmentProgress;
import dev.stocktake.schema.findings.Comparison;
import dev.stocktake.schema.findings.Distribution;
import dev.stocktake.schema.findings.FindingEdits;
import dev.stocktake.schema.findings.Findings;
import dev.stocktake.schema.findings.KeyFinding;
import dev.stocktake.schema.findings.OpenAnswers;
import dev.stocktake.schema.findings.PanelFlow;
import dev.stocktake.schema.findings.ParticipationCell;
import dev.stocktake.schema.findings.Transition;
import dev.stocktake.schema.io.DocumentReader;
import dev.stocktake.schema.lineage.LineageResolver;
import dev.stocktake.schema.project.Project;
import dev.stocktake.schema.project.ProjectFiles;
import dev.stocktake.schema.project.RoundConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * The compare stage: from the tidy answers and respondents the ingest wrote, the participation of
 * every round, the distribution of every closed question, tests of every change between consecutive
 * rounds (and between the first and the latest), commitment progress and the ranked key findings.
 * Spark aggregates; the tests run on the aggregated counts. Writes {@code distributions/}, {@code
 * comparisons/} (Parquet, and CSV beside them) and {@code findings.json}.
 *
 * <p>The caller owns the SparkSession; this class never creates one.
 */
public final class Compare {

  /**
   * Where the ingest's outputs are and this stage's go (the same folder), and for whom.
   *
   * @param environment looks up environment variables: the pseudonymisation key variable
   *     stocktake.yaml names, to find the roster's consent for quotes
   */
  public record Options(Path out, String edition, Function<String, String> environment) {
    public Options(Path out, String edition) {
      this(out, edition, System::getenv);
    }
  }

  /** A step finished, with what it handled and how long it took, and anything to tell. */
  public record Progress(String step, long items, long millis, List<String> notes) {
    public Progress(String step, long items, long millis) {
      this(step, items, millis, List.of());
    }
  }

  /** The outputs the compare stage writes, replaced together. */
  public static final List<String> OUTPUTS =
      List.of(
          "distributions", "distributions.csv", "comparisons", "comparisons.csv", "findings.json");

  /** The columns of answers/ that comparison reads; the round is read as text, not a number. */
  static final StructType ANSWERS =
      createStructType(
          List.of(
              createStructField("respondent", StringType, true),
              createStructField("group", StringType, true),
              createStructField("region", StringType, true),
              createStructField("question", StringType, true),
              createStructField("source_version", IntegerType, true),
              createStructField("value", StringType, true),
              createStructField("value_num", DoubleType, true),
              createStructField("comparability", StringType, true),
              createStructField("withheld", BooleanType, true),
              createStructField("round", StringType, true)));

  static final StructType RESPONDENTS =
      createStructType(
          List.of(
              createStructField("respondent", StringType, true),
              createStructField("group", StringType, true),
              createStructField("region", StringType, true),
              createStructField("invited", BooleanType, true),
              createStructField("responded", BooleanType, true),
              createStructField("submitted_at", TimestampType, true),
              createStructField("round", StringType, true)));

  private Compare() {}

  public static Findings run(
      SparkSession spark, Project project, Options options, Consumer<Progress> progress) {
    // An ingest killed while it replaced its outputs is finished before they are read.
    OutputFolder.finishInterruptedCommits(options.out());
    Path answersPath = options.out().resolve("answers");
    Path respondentsPath = options.out().resolve("respondents");
    if (!Files.isDirectory(answersPath) || !Files.isDirectory(respondentsPath)) {
      throw new EtlException(
          "no ingested answers in "
              + options.out()
              + ": run stocktake ingest "
              + project.folder()
              + " first (with the same --out)");
    }
    OutputFolder folder = OutputFolder.open(options.out(), "compare");
    List<String> rounds = project.config().rounds().stream().map(RoundConfig::id).toList();
    QuestionCatalog catalog = new QuestionCatalog(project.newestSchema());

    long start = System.nanoTime();
    // Not cached: each aggregate reads the few columns it needs from the Parquet files again,
    // which costs less than holding every answer in memory at a million respondents.
    Aggregates.Reduced answers =
        Aggregates.reduce(
            Aggregates.comparable(
                spark.read().schema(ANSWERS).parquet(answersPath.toString()), catalog.ids()),
            catalog.singleValuedIds(),
            Aggregates.mergedQuestions(
                LineageResolver.resolve(List.copyOf(project.schemas().values()))));
    Dataset<Row> respondents = spark.read().schema(RESPONDENTS).parquet(respondentsPath.toString());

    List<Aggregates.Turnout> turnout = Aggregates.turnout(respondents);
    List<ParticipationCell> participation = new ArrayList<>();
    for (Aggregates.Turnout t : turnout) {
      participation.add(
          new ParticipationCell(
              t.round(),
              t.group(),
              t.region(),
              t.responded(),
              t.invited(),
              t.invited() == 0 ? null : t.responded() / (double) t.invited()));
    }
    participation.sort(
        Comparator.comparing((ParticipationCell c) -> rounds.indexOf(c.round()))
            .thenComparing(ParticipationCell::group)
            .thenComparing(ParticipationCell::region));

    List<Aggregates.ValueCount> values = Aggregates.valueCounts(answers);
    List<Aggregates.Answered> answered = Aggregates.answered(answers);
    progress.accept(new Progress("aggregate", values.size(), millisSince(start)));

    start = System.nanoTime();
    RoundComparer comparer = new RoundComparer(catalog, values, answered);
    List<PanelFlow> panel = new ArrayList<>();
    List<Comparison> comparisons = new ArrayList<>();
    List<Transition> transitions = new ArrayList<>();
    for (String[] pair : pairs(rounds)) {
      Aggregates.Flow flow = Aggregates.flow(respondents, pair[0], pair[1]);
      panel.add(new PanelFlow(pair[0], pair[1], flow.both(), flow.laterOnly(), flow.earlierOnly()));
      RoundComparer.Result result =
          comparer.compare(
              pair[0],
              pair[1],
              Aggregates.pairs(answers, pair[0], pair[1]),
              Caveats.between(versionsBetween(project, pair[0], pair[1])));
      comparisons.addAll(result.comparisons());
      transitions.addAll(result.transitions());
    }
    List<CommitmentProgress> commitments =
        project.framework().map(f -> Commitments.of(f, catalog, rounds, values)).orElse(List.of());
    java.util.Map<String, Long> responded = new java.util.HashMap<>();
    for (Aggregates.Turnout t : turnout) {
      if (!t.group().equals(Aggregates.ALL) && t.region().equals(Aggregates.ALL)) {
        responded.put(t.round() + "\u0000" + t.group(), t.responded());
      }
    }
    OpenAnswers open =
        OpenAnswerCounts.of(
            spark.read().schema(OpenAnswerCounts.CODED).parquet(answersPath.toString()),
            responded,
            project.newestSchema(),
            rounds,
            project.codebooks());
    open = open.withQuotes(quotes(spark, project, options, answersPath, rounds, progress));
    Edits.Result edited =
        Edits.apply(
            ThemeFindings.append(
                KeyFindings.rank(rounds, catalog, participation, comparisons, commitments),
                ThemeFindings.of(open)),
            edits(project));
    List<KeyFinding> keyFindings = edited.findings();
    progress.accept(
        new Progress(
            "test",
            comparisons.stream().filter(c -> c.p() != null).count(),
            millisSince(start),
            edited.unmatched().stream()
                .map(u -> "findings.yaml: " + u + " matches no finding")
                .toList()));

    Findings findings =
        new Findings(
            Findings.FORMAT_VERSION,
            project.config().project(),
            options.edition(),
            rounds,
            participation,
            panel,
            comparisons,
            transitions,
            commitments,
            keyFindings,
            open);
    List<Distribution> distributions =
        CompareOutputs.distributions(catalog, rounds, values, answered, responded);
    if (isPublic(options)) {
      // Suppressed before anything is written, so that no file of the edition holds a small cell.
      PublicFigures hidden =
          PublicFigures.of(
              catalog,
              distributions,
              findings.transitions(),
              project.config().confidentiality().threshold());
      distributions = hidden.distributions(distributions);
      findings = hidden.findings(findings);
    }
    start = System.nanoTime();
    CompareOutputs.write(spark, folder.staging(), distributions, findings);
    folder.commit(OUTPUTS);
    progress.accept(new Progress("write", OUTPUTS.size(), millisSince(start)));
    return findings;
  }

  /**
   * Quotes for the themes of the newest round. They need the roster's consent, keyed as the ingest
   * keyed respondents; without the key no one can be matched, so none are chosen and a note says
   * why.
   */
  private static List<OpenAnswers.Quote> quotes(
      SparkSession spark,
      Project project,
      Options options,
      Path answersPath,
      List<String> rounds,
      Consumer<Progress> progress) {
    if (project.codebooks().isEmpty() || rounds.isEmpty()) {
      return List.of();
    }
    long start = System.nanoTime();
    String round = rounds.get(rounds.size() - 1);
    Pseudonymiser pseudonymiser;
    try {
      pseudonymiser = PseudonymKey.ofIngest(project, options.out(), options.environment());
    } catch (EtlException e) {
      progress.accept(
          new Progress("quote", 0, millisSince(start), List.of("no quotes: " + e.getMessage())));
      return List.of();
    }
    List<OpenAnswers.Quote> quotes =
        QuoteFinder.choose(
            spark,
            spark.read().schema(QuoteFinder.ANSWERS).parquet(answersPath.toString()),
            Roster.file(project, round),
            ClearanceFile.read(project, round),
            pseudonymiser,
            project.newestSchema(),
            project.codebooks(),
            round,
            isPublic(options));
    progress.accept(new Progress("quote", quotes.size(), millisSince(start)));
    return quotes;
  }

  /** Whether the edition is the public one: anything not said to be the community's is. */
  private static boolean isPublic(Options options) {
    return !"community".equals(options.edition());
  }

  /** Consecutive rounds, and the first with the latest when there are more than two. */
  static List<String[]> pairs(List<String> rounds) {
    Set<List<String>> pairs = new LinkedHashSet<>();
    for (int i = 1; i < rounds.size(); i++) {
      pairs.add(List.of(rounds.get(i - 1), rounds.get(i)));
    }
    if (rounds.size() > 2) {
      pairs.add(List.of(rounds.get(0), rounds.get(rounds.size() - 1)));
    }
    return pairs.stream().map(p -> p.toArray(String[]::new)).toList();
  }

  /** The analyst's findings.yaml in the project, if there is one. */
  static FindingEdits edits(Project project) {
    Path file = ProjectFiles.findDocument(project.folder(), "findings");
    return file == null
        ? FindingEdits.none()
        : new DocumentReader().read(file, FindingEdits.class).value();
  }

  /** The schema versions from one round's to another's, every version in between included. */
  static List<SurveySchema> versionsBetween(Project project, String from, String to) {
    int a = project.config().round(from).orElseThrow().schema();
    int b = project.config().round(to).orElseThrow().schema();
    return project.schemas().entrySet().stream()
        .filter(e -> e.getKey() >= a && e.getKey() <= b)
        .map(java.util.Map.Entry::getValue)
        .toList();
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
