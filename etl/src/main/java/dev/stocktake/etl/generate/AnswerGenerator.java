package dev.stocktake.etl.generate;

import dev.stocktake.schema.ChoiceList;
import dev.stocktake.schema.Question;
import dev.stocktake.schema.QuestionType;
import dev.stocktake.schema.SurveySchema;
import dev.stocktake.schema.expr.Expression;
import dev.stocktake.schema.expr.ExpressionParser;
import dev.stocktake.schema.lineage.CodeMapping;
import dev.stocktake.schema.lineage.Harmonisation;
import dev.stocktake.schema.lineage.LineageResolver;
import dev.stocktake.schema.lineage.Lineages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Answers one round's questions for one respondent, consistently with the schema: applies_to, skip
 * logic, constraints and required questions are respected, optional ones sometimes left blank.
 * Implementation status follows a latent progress per respondent and framework item that grows from
 * round to round (faster for the items the profile names), so panel respondents move up the scale
 * and the comparisons have something real to find.
 */
final class AnswerGenerator {
  private static final long LATENT = Mix.of("latent");
  private static final long STEP = Mix.of("step");
  private static final long DRAW = Mix.of("draw");
  private static final double TEXT_MISSING = 0.45;

  private final long seed;
  private final SurveySchema schema;
  private final int roundIndex;
  private final GenerationProfile profile;
  private final PhraseBank phrases;
  private final CodedAnswers coded;
  private final List<QuestionPlan> plans = new ArrayList<>();
  private final Map<String, Expression> relevance = new HashMap<>();

  /**
   * @param versions every schema version of the survey, for keys and scales across versions
   * @param origin the schema of the first round: the scale latent progress is drawn on
   */
  AnswerGenerator(
      long seed,
      SurveySchema schema,
      int roundIndex,
      List<SurveySchema> versions,
      SurveySchema origin,
      GenerationProfile profile,
      PhraseBank phrases) {
    this(seed, schema, roundIndex, versions, origin, profile, phrases, CodedAnswers.none(seed));
  }

  /**
   * @param coded answers to the round's text questions with planted themes
   */
  AnswerGenerator(
      long seed,
      SurveySchema schema,
      int roundIndex,
      List<SurveySchema> versions,
      SurveySchema origin,
      GenerationProfile profile,
      PhraseBank phrases,
      CodedAnswers coded) {
    this.seed = seed;
    this.schema = schema;
    this.roundIndex = roundIndex;
    this.profile = profile;
    this.phrases = phrases;
    this.coded = coded;
    Lineages toNewest = LineageResolver.resolve(versions);
    List<SurveySchema> upToThis =
        versions.stream().filter(v -> v.version() <= schema.version()).toList();
    Lineages toThis = LineageResolver.resolve(upToThis);
    for (Question q : schema.questions()) {
      plans.add(plan(q, toNewest, toThis, origin));
      if (q.relevant() != null) {
        relevance.put(q.id(), ExpressionParser.parse(q.relevant()));
      }
    }
  }

  List<Question> questions() {
    return schema.questions();
  }

  private QuestionPlan plan(Question q, Lineages toNewest, Lineages toThis, SurveySchema origin) {
    String stable =
        toNewest
            .of(schema.version(), q.id())
            .filter(h -> !h.targets().isEmpty())
            .map(h -> h.targets().get(0).questionId())
            .orElse(q.id());
    List<String> codes = schema.choicesOf(q).map(ChoiceList::codes).orElse(List.of());
    ChoiceList originScale = null;
    CodeMapping fromOrigin = null;
    if (q.type() == QuestionType.LIKERT) {
      for (Question o : origin.questions()) {
        Optional<Harmonisation> h = toThis.of(origin.version(), o.id());
        if (h.isPresent()
            && origin.version() != schema.version()
            && h.get().targets().stream().anyMatch(t -> t.questionId().equals(q.id()))) {
          originScale = origin.choicesOf(o).orElse(null);
          fromOrigin =
              h.get().targets().stream()
                  .filter(t -> t.questionId().equals(q.id()))
                  .findFirst()
                  .orElseThrow()
                  .mapping();
        }
      }
      if (originScale == null) {
        originScale = schema.choicesOf(q).orElseThrow();
        fromOrigin = CodeMapping.identity();
      }
    }
    long key = Mix.of(stable);
    SplittableRandom shape = Mix.random(seed, key, DRAW);
    double[] weights = new double[Math.max(codes.size(), 1)];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = 0.15 + shape.nextDouble() * shape.nextDouble() * 1.5;
    }
    return new QuestionPlan(
        q,
        stable,
        codes,
        key,
        originScale,
        fromOrigin,
        profile.progress().of(q.commitment()),
        weights,
        stable.equals(profile.regionQuestion()));
  }

  /** The answers, in schema order, of {@code organisation} in this round; "" when unanswered. */
  String[] answers(Organisation organisation, String language, SplittableRandom random) {
    return answers(organisation, language, random, false);
  }

  /**
   * The answers of one submission; {@code superseded} for an earlier one the respondent replaced.
   */
  String[] answers(
      Organisation organisation, String language, SplittableRandom random, boolean superseded) {
    String[] answers = new String[plans.size()];
    Map<String, String> given = new HashMap<>();
    for (int i = 0; i < plans.size(); i++) {
      QuestionPlan plan = plans.get(i);
      Question q = plan.question();
      String answer = "";
      Expression relevant = relevance.get(q.id());
      boolean asked =
          q.appliesTo(organisation.group()) && (relevant == null || relevant.test(given::get));
      double skip = q.type() == QuestionType.TEXT ? TEXT_MISSING : profile.missingRate();
      if (asked && (q.isRequired() || random.nextDouble() >= skip)) {
        answer = answer(plan, organisation, language, random, superseded);
      }
      answers[i] = answer;
      given.put(q.id(), answer);
    }
    return answers;
  }

  private String answer(
      QuestionPlan plan,
      Organisation organisation,
      String language,
      SplittableRandom random,
      boolean superseded) {
    Question q = plan.question();
    // Draws that should persist for a respondent across rounds come from (organisation, question).
    SplittableRandom persistent = Mix.random(seed, organisation.index(), plan.key());
    if (plan.answersRegion() && plan.codes().contains(organisation.region())) {
      return organisation.region();
    }
    return switch (q.type()) {
      case LIKERT -> likert(plan, organisation);
      case SINGLE_CHOICE ->
          plan.codes()
              .get(
                  Organisations.pick(
                      random.nextDouble() < 0.8 ? persistent : random, plan.weights()));
      case MULTI_CHOICE -> multi(plan, persistent, random);
      case YES_NO ->
          persistent.nextDouble() < 0.35 + 0.5 * plan.weights()[0] / 1.65 + 0.05 * roundIndex
              ? "yes"
              : "no";
      case INTEGER -> number(q, persistent, 0);
      case DECIMAL -> number(q, persistent, 1);
      case DATE -> date(q, random);
      case TEXT -> text(plan, organisation, language, random, superseded);
    };
  }

  private String likert(QuestionPlan plan, Organisation organisation) {
    double x = latent(organisation.index(), plan);
    List<String> originCodes = plan.originScale().codes();
    double scaled = x * originCodes.size();
    int level = Math.min((int) scaled, originCodes.size() - 1);
    double within = scaled - level;
    List<String> mapped = plan.fromOrigin().map(originCodes.get(level)).orElse(List.of());
    if (mapped.isEmpty() || !plan.codes().containsAll(mapped)) {
      return plan.codes().get(Math.min((int) (x * plan.codes().size()), plan.codes().size() - 1));
    }
    return mapped.get(Math.min((int) (within * mapped.size()), mapped.size() - 1));
  }

  /** Latent progress in [0, 1): a start drawn per respondent, plus a random step each round. */
  private double latent(long organisation, QuestionPlan plan) {
    SplittableRandom start = Mix.random(seed, organisation, plan.key(), LATENT);
    // Most start low; a few have already implemented a commitment in the first round.
    double x = Math.pow(start.nextDouble(), 1.8) * 0.95;
    for (int r = 1; r <= roundIndex; r++) {
      SplittableRandom step = Mix.random(seed, organisation, plan.key(), STEP, r);
      x += plan.progress() * 2 * step.nextDouble();
    }
    return Math.min(x, 0.999);
  }

  private static String multi(
      QuestionPlan plan, SplittableRandom persistent, SplittableRandom random) {
    List<String> selected = new ArrayList<>();
    for (int i = 0; i < plan.codes().size(); i++) {
      double u = random.nextDouble() < 0.7 ? persistent.nextDouble() : random.nextDouble();
      if (u < plan.weights()[i] / 2.2) {
        selected.add(plan.codes().get(i));
      }
    }
    if (selected.isEmpty()) {
      selected.add(plan.codes().get(Organisations.pick(random, plan.weights())));
    }
    return String.join(" ", selected);
  }

  /**
   * Counts are skewed: most organisations report small numbers, a few large ones. Decimals are
   * uniform, with as many decimal places as the bounds (at least one). A missing bound lies 50 from
   * the other one (or is 0 and 50 when neither is given).
   */
  private static String number(Question q, SplittableRandom persistent, int decimals) {
    String minText = q.constraint() == null ? null : q.constraint().min();
    String maxText = q.constraint() == null ? null : q.constraint().max();
    BigDecimal min =
        minText != null
            ? new BigDecimal(minText)
            : maxText != null
                ? new BigDecimal(maxText)
                    .subtract(BigDecimal.valueOf(50))
                    .max(BigDecimal.ZERO.min(new BigDecimal(maxText)))
                : BigDecimal.ZERO;
    BigDecimal max = maxText != null ? new BigDecimal(maxText) : min.add(BigDecimal.valueOf(50));
    double range = max.subtract(min).doubleValue();
    double u = persistent.nextDouble();
    if (decimals == 0) {
      // floor of a value in [0, range + 1) reaches every whole number from min to max
      double offset =
          Math.min(Math.floor(Math.expm1(Math.pow(u, 3) * Math.log1p(range + 1))), range);
      return min.add(BigDecimal.valueOf((long) offset))
          .setScale(0, RoundingMode.FLOOR)
          .toPlainString();
    }
    int scale =
        Math.max(1, Math.max(min.stripTrailingZeros().scale(), max.stripTrailingZeros().scale()));
    BigDecimal value =
        min.add(max.subtract(min).multiply(BigDecimal.valueOf(u)))
            .setScale(scale, RoundingMode.FLOOR);
    return value.max(min).min(max).toPlainString();
  }

  /**
   * A date between the bounds; a missing bound lies a year from the other (or the round's year).
   */
  private LocalDate[] dateRange(Question q) {
    String minText = q.constraint() == null ? null : q.constraint().min();
    String maxText = q.constraint() == null ? null : q.constraint().max();
    LocalDate max =
        maxText != null
            ? LocalDate.parse(maxText)
            : minText != null ? LocalDate.parse(minText).plusYears(1) : LocalDate.of(2024, 12, 31);
    LocalDate min = minText != null ? LocalDate.parse(minText) : max.minusYears(1);
    return new LocalDate[] {min, max};
  }

  private String date(Question q, SplittableRandom random) {
    LocalDate[] range = dateRange(q);
    long days = range[1].toEpochDay() - range[0].toEpochDay();
    return range[0].plusDays((long) (random.nextDouble() * (days + 1))).toString();
  }

  private String text(
      QuestionPlan plan,
      Organisation organisation,
      String language,
      SplittableRandom random,
      boolean superseded) {
    Question q = plan.question();
    Integer maxLength = q.constraint() == null ? null : q.constraint().maxLength();
    String pattern = q.constraint() == null ? null : q.constraint().pattern();
    String text = phrases.answer(language, random);
    if (coded.codes(plan.stable())) {
      // The plain answer is still drawn, and dropped, so that the answers to the questions after
      // this one are what they were before themes were planted here.
      text = coded.answer(plan.stable(), plan.key(), organisation, language, superseded);
    }
    if (pattern != null && !text.matches(pattern)) {
      // A phrase cannot be bent to an arbitrary pattern: use one that matches, if any does.
      text = phrases.matching(language, pattern).orElse(null);
      if (text == null) {
        if (q.isRequired()) {
          throw new IllegalArgumentException(
              "cannot generate answers to required question "
                  + q.id()
                  + ": no phrase of the generator's bank matches its pattern "
                  + pattern);
        }
        return "";
      }
    }
    if (maxLength != null && text.length() > maxLength) {
      int cut = text.lastIndexOf(' ', maxLength);
      text = text.substring(0, cut > 0 ? cut : maxLength);
    }
    return text;
  }
}
