package dev.stocktake.etl.ingest.internal;

import dev.stocktake.etl.ingest.Edition;
import dev.stocktake.etl.ingest.Pseudonymiser;
import dev.stocktake.etl.ingest.Reason;
import dev.stocktake.etl.text.CampaignFinder;
import dev.stocktake.etl.text.CodebookMatcher;
import dev.stocktake.etl.text.TextNormaliser;
import dev.stocktake.schema.QuestionType;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Turns a submission, once duplicates are settled, into one {@link Rows#CHECKED} row: its status,
 * then — for an accepted row — each answer validated against its round's schema and harmonised to
 * the newest one, and each answer set aside with its reason.
 */
public final class SubmissionChecker implements MapFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  /** Row statuses. */
  public static final String ACCEPTED = "accepted";

  public static final String QUARANTINED = "quarantined";
  public static final String SUPERSEDED = "superseded";

  private final Map<Integer, RoundRules> rulesByVersion;
  private final Map<String, Set<String>> presentByFile;
  private final Harmoniser harmoniser;
  private final Pseudonymiser pseudonymiser;
  private final Edition edition;
  private final Map<String, CodebookMatcher> coders;
  private final Map<String, List<String>> handCodes;
  private final Set<String> redacted;

  /**
   * @param coders by harmonised question id, the codebook that codes its answers into themes
   * @param handCodes themes an analyst gave answers, by round, respondent id and question (see
   *     {@link #handKey}); they win over the codebook's rules
   * @param redacted the answers a round's clearance.csv marks {@code redacted}, by round,
   *     respondent id and question (see {@link #handKey}): the public edition withholds them
   */
  public SubmissionChecker(
      Map<Integer, RoundRules> rulesByVersion,
      Map<String, Set<String>> presentByFile,
      Harmoniser harmoniser,
      Pseudonymiser pseudonymiser,
      Edition edition,
      Map<String, CodebookMatcher> coders,
      Map<String, List<String>> handCodes,
      Set<String> redacted) {
    this.coders = Map.copyOf(coders);
    this.handCodes = new HashMap<>(handCodes);
    this.redacted = new HashSet<>(redacted);
    this.rulesByVersion = Map.copyOf(rulesByVersion);
    this.presentByFile = Map.copyOf(presentByFile);
    this.harmoniser = harmoniser;
    this.pseudonymiser = pseudonymiser;
    this.edition = edition;
  }

  @Override
  public Row call(Row s) {
    String round = s.getAs("round");
    int version = s.<Integer>getAs("version");
    String file = s.getAs("file");
    long line = s.<Long>getAs("line");
    String respondentId = s.getAs("respondent_id");
    String respondent = pseudonymiser.pseudonym(respondentId);
    String group = s.getAs("group");
    String language = s.getAs("language");
    Timestamp submitted = s.getAs("submitted_at");
    String status = s.getAs("status");
    Submission base =
        new Submission(
            round,
            file,
            line,
            respondentId,
            respondent,
            group,
            language,
            submitted,
            s.getAs("region"),
            s.getAs("country"),
            s.getAs("in_roster"));
    if (!ACCEPTED.equals(status)) {
      boolean superseded = SUPERSEDED.equals(status);
      return base.checked(
          status,
          superseded ? Reason.SUPERSEDED.code() : s.getAs("fatal"),
          superseded
              ? "replaced by the later submission at "
                  + s.getAs("winner_file")
                  + ":"
                  + s.getAs("winner_line")
              : s.getAs("fatal_message"),
          superseded ? "" : rawOfRow(s.getAs("fatal"), s.getAs("fatal_raw")),
          List.of(),
          List.of());
    }
    List<Row> answerRows = new ArrayList<>();
    List<Row> problems = new ArrayList<>();
    Set<String> setAside = new HashSet<>();
    RoundRules rules = rules(version);
    for (Row p : CollectionConverters.asJava(s.<scala.collection.Seq<Row>>getAs("problems"))) {
      String question = p.getAs("question");
      setAside.add(question);
      problems.add(
          setAside(
              question,
              p.getAs("reason"),
              p.getAs("message"),
              p.getAs("raw"),
              withholds(round, respondentId, rules.question(question))));
    }
    Map<String, String> answers =
        CollectionConverters.asJava(s.<scala.collection.Map<String, String>>getAs("answers"));
    for (AnswerOutcome outcome :
        rules.check(group, answers, presentByFile.getOrDefault(file, Set.of()))) {
      if (!outcome.isAccepted()) {
        if (outcome.reason() == Reason.REQUIRED_MISSING && setAside.contains(outcome.question())) {
          // Already quarantined for what its columns held: not also reported as unanswered.
          continue;
        }
        problems.add(
            setAside(
                outcome.question(),
                outcome.reason().code(),
                outcome.message(),
                outcome.raw(),
                withholds(round, respondentId, rules.question(outcome.question()))));
        continue;
      }
      QuestionRule rule = rules.question(outcome.question());
      boolean withheld = withholds(round, respondentId, rule);
      for (Harmoniser.Value v :
          harmoniser.harmonise(version, outcome.question(), outcome.values())) {
        Double number =
            rule.type() == QuestionType.INTEGER || rule.type() == QuestionType.DECIMAL
                ? outcome.number()
                : harmoniser.rank(v.question(), v.value());
        // Coded from the text as given, before the public edition withholds it: themes are
        // counts, not text. The text is normalised once, for its themes and its campaign.
        CodebookMatcher coder = coders.get(v.question());
        List<String> hand =
            coder == null ? null : handCodes.get(handKey(round, respondentId, v.question()));
        String normalised = coder == null ? null : TextNormaliser.normalise(v.value());
        List<String> words = coder == null ? null : TextNormaliser.words(normalised);
        List<String> themes =
            coder == null
                ? null
                : hand != null ? hand : coder.themesOfNormalised(normalised, words, language);
        answerRows.add(
            RowFactory.create(
                v.question(),
                version,
                outcome.question(),
                withheld ? null : v.value(),
                number,
                v.comparability(),
                withheld,
                coder == null ? null : coder.codebookId(),
                themes == null ? null : String.join(" ", themes),
                coder == null ? null : CampaignFinder.campaignTextOfNormalised(normalised, words),
                coder == null ? null : hand != null));
      }
    }
    return base.checked(ACCEPTED, null, null, null, answerRows, problems);
  }

  /** The key of a hand-coded or redacted answer: round, roster id and question. */
  public static String handKey(String round, String respondentId, String question) {
    return round + "\u0000" + respondentId + "\u0000" + question;
  }

  private RoundRules rules(int version) {
    return rulesByVersion.get(version);
  }

  /** Shown instead of a raw value the public edition must not carry. */
  public static final String WITHHELD = "[withheld in the public edition]";

  /**
   * Whether the public edition withholds the value of an answer to {@code rule}'s question, in
   * {@code answers/} and in quarantine.csv alike: an unpublished question's (free text unless the
   * schema publishes it), or one the round's clearance.csv marks redacted, which is "never quoted
   * or shown in any edition" (docs/clearance.md) even when its question is published. The language
   * column, which is no question, is never withheld.
   */
  private boolean withholds(String round, String respondentId, QuestionRule rule) {
    return edition == Edition.PUBLIC
        && rule != null
        && (!rule.published() || redacted.contains(handKey(round, respondentId, rule.id())));
  }

  /**
   * The quarantine event of an answer set aside. A withheld value is replaced by {@link #WITHHELD},
   * and so is its message, by the reason's meaning: messages quote the value ({@code "12000" is
   * above the maximum 1000}, {@code "my own words" is not a choice of q7}). The row stays, with its
   * question and reason code, so quarantine.csv counts the same in both editions.
   */
  private static Row setAside(
      String question, String reason, String message, String raw, boolean withheld) {
    if (withheld && raw != null && !raw.isEmpty()) {
      return RowFactory.create(question, reason, Reason.ofCode(reason).meaning(), WITHHELD);
    }
    return RowFactory.create(question, reason, message, raw);
  }

  /**
   * The raw value of a quarantined row as quarantine.csv may show it. In the public edition only
   * the one field a reason names (an unknown group, an unreadable submitted_at) is shown; any other
   * raw value is a whole record, which holds respondent ids and free text, and is withheld — so a
   * new row reason is withheld until it is listed here.
   */
  private String rawOfRow(String reason, String raw) {
    boolean oneField =
        switch (Reason.ofCode(reason)) {
          case UNKNOWN_GROUP, INVALID_TIMESTAMP -> true;
          default -> false;
        };
    return edition == Edition.PUBLIC && !oneField && raw != null && !raw.isEmpty() ? WITHHELD : raw;
  }

  /** The fields of one submission, as read and placed in the roster. */
  private record Submission(
      String round,
      String file,
      long line,
      String respondentId,
      String respondent,
      String group,
      String language,
      Timestamp submitted,
      String region,
      String country,
      Boolean inRoster) {

    /** A row of {@link Rows#CHECKED}: this submission, what became of it, and its answers. */
    Row checked(
        String status,
        String reason,
        String message,
        String raw,
        List<Row> answers,
        List<Row> problems) {
      return RowFactory.create(
          round,
          file,
          line,
          respondentId,
          respondent,
          group,
          language,
          submitted,
          region,
          country,
          inRoster,
          status,
          reason,
          message,
          raw,
          // Wrapped, not copied to a Scala List: Spark's encoder reads an array by index, which a
          // linked list answers in time proportional to the index.
          CollectionConverters.asScala(answers),
          CollectionConverters.asScala(problems));
    }
  }
}
