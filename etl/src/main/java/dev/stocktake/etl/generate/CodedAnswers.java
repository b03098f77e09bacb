package dev.stocktake.etl.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Answers of one round to the text questions that {@link OpenAnswers} plants themes in. Each answer
 * is drawn from its own stream (respondent, round, question), so these answers never shift the
 * draws of other questions. The only state is the count of campaign members so far, which keeps
 * memory flat however many respondents there are.
 */
final class CodedAnswers {
  private static final long OPEN = Mix.of("open answer");
  private static final double OPENER = 0.3;

  private final long seed;
  private final int roundIndex;
  private final String round;
  private final OpenAnswers config;
  private final ThemeBank bank;
  private int members;

  CodedAnswers(long seed, int roundIndex, String round, OpenAnswers config, ThemeBank bank) {
    this.seed = seed;
    this.roundIndex = roundIndex;
    this.round = round;
    this.config = config;
    this.bank = bank;
    Set<String> questions = new TreeSet<>(config.shares().keySet());
    questions.addAll(config.byRound().getOrDefault(round, Map.of()).keySet());
    for (String question : questions) {
      for (String theme : config.sharesIn(round, question).keySet()) {
        if (!bank.themes().contains(theme)) {
          throw new IllegalArgumentException(
              "open_answers: unknown theme "
                  + theme
                  + " for question "
                  + question
                  + "; the generator's themes are "
                  + new TreeSet<>(bank.themes()));
        }
      }
    }
  }

  /** Answers in no round to no question: every text question is answered from the plain bank. */
  static CodedAnswers none(long seed) {
    return new CodedAnswers(seed, 0, "", OpenAnswers.NONE, null);
  }

  boolean codes(String question) {
    return config.codes(question);
  }

  /** Respondents who gave the campaign's answer in this round so far. */
  int campaignMembers() {
    return members;
  }

  /**
   * The answer of {@code organisation} to {@code question} (its id in the newest schema, {@code
   * key} its generator key); {@code superseded} for a submission the respondent later replaced.
   */
  String answer(
      String question, long key, Organisation organisation, String language, boolean superseded) {
    OpenAnswers.Campaign campaign = config.campaign();
    if (campaign != null
        && !superseded
        && members < campaign.size()
        && campaign.round().equals(round)
        && campaign.question().equals(question)
        && campaign.group().equals(organisation.group())
        && campaign.language().equals(language)) {
      return campaign.answerOf(members++);
    }
    SplittableRandom random =
        Mix.random(seed, organisation.index(), roundIndex, key, OPEN, superseded ? 1 : 0);
    List<String> parts = new ArrayList<>();
    List<String> absent = new ArrayList<>();
    for (Map.Entry<String, Double> theme : config.sharesIn(round, question).entrySet()) {
      if (random.nextDouble() < theme.getValue()) {
        parts.add(ThemeBank.pick(bank.sentences(theme.getKey(), language), random));
      } else if (!bank.vetoed(theme.getKey(), language).isEmpty()) {
        absent.add(theme.getKey());
      }
    }
    // Only for a theme the answer lacks: an exclusion vetoes the theme in the whole answer.
    if (!absent.isEmpty() && random.nextDouble() < config.vetoed()) {
      String theme = absent.get(random.nextInt(absent.size()));
      parts.add(ThemeBank.pick(bank.vetoed(theme, language), random));
    }
    shuffle(parts, random);
    // Sentences that carry no theme vary the answers, so that answers alike by chance are few and
    // the planted campaign is the only group of identical answers a reader would notice.
    if (parts.isEmpty()) {
      parts.addAll(neutral(language, random.nextDouble() < 0.4 ? 3 : 2, random));
    } else if (parts.size() == 1) {
      // An opening sentence, a closing one, or both.
      int form = random.nextInt(3);
      List<String> around = neutral(language, 2, random);
      if (form != 1) {
        parts.add(0, around.get(0));
      }
      if (form != 0) {
        parts.add(around.get(1));
      }
    } else if (random.nextDouble() < OPENER) {
      parts.add(0, neutral(language, 1, random).get(0));
    }
    return String.join(" ", parts);
  }

  /** {@code count} different sentences that carry no theme. */
  private List<String> neutral(String language, int count, SplittableRandom random) {
    List<String> pool = new ArrayList<>(bank.neutral(language));
    for (int i = 0; i < count; i++) {
      int j = i + random.nextInt(pool.size() - i);
      pool.set(j, pool.set(i, pool.get(j)));
    }
    return pool.subList(0, count);
  }

  private static void shuffle(List<String> parts, SplittableRandom random) {
    for (int i = parts.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      parts.set(j, parts.set(i, parts.get(j)));
    }
  }
}
