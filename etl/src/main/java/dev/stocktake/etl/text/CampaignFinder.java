package dev.stocktake.etl.text;

import dev.stocktake.etl.text.internal.NearDuplicates;
import dev.stocktake.etl.text.internal.Shingles;
import dev.stocktake.etl.text.internal.TextErrors;
import dev.stocktake.etl.text.internal.UnionFind;
import dev.stocktake.schema.codebook.Codebook;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;

/**
 * Finds organised campaigns among the answers to a question: groups of respondents giving the same
 * or nearly the same answer.
 *
 * <p>Answers are normalised ({@link TextNormaliser}); identical normalised texts are one group from
 * the start. Below a similarity of 1.0, distinct texts are compared by the Jaccard similarity of
 * their sets of word 3-shingles (one shingle of all words for an answer of one or two words):
 * MinHash with LSH banding proposes candidate pairs, which are verified exactly on the sets, and a
 * group is a connected set of similar pairs (union-find). A pair exactly at the threshold is found
 * with probability at least 0.999 (0.99995 at 0.8; see {@code internal.MinHashLsh}); above it, more
 * likely still. Blank answers, and answers without any word, are never members.
 *
 * <p>Cost, for N answers of D distinct normalised texts of about S shingles: O(N log N) to sort by
 * key and O(total characters) to normalise, then O(D·S·125) for signatures and O(25·D log D) for
 * the LSH buckets at a threshold of 0.8, plus O(S) per candidate pair; the result is the same for
 * the same answers in any order.
 */
public final class CampaignFinder {
  private CampaignFinder() {}

  /** An answer to match: its key (e.g. round|respondent|question) and its raw text. */
  public record Answer(String key, String text) {
    public Answer {
      Objects.requireNonNull(key, "key");
    }
  }

  /**
   * A campaign: the keys of its answers.
   *
   * @param keys sorted
   * @param text the normalised text of the smallest key
   * @param exact whether every member's normalised text is identical
   */
  public record Campaign(List<String> keys, String text, boolean exact) {
    public Campaign {
      keys = List.copyOf(keys);
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * One distinct normalised text among the answers to a question: how many answers gave it and the
   * smallest of their keys.
   */
  public record TextCount(String text, long answers, String firstKey) {
    public TextCount {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(firstKey, "firstKey");
    }
  }

  /**
   * A campaign among distinct texts.
   *
   * @param texts the members, as indexes into the list given, ascending
   * @param answers how many answers gave one of them
   * @param firstKey the smallest key of any member
   * @param exact whether it is one text only
   */
  public record TextCampaign(List<Integer> texts, long answers, String firstKey, boolean exact) {
    public TextCampaign {
      texts = List.copyOf(texts);
    }
  }

  /**
   * Groups of at least settings.minSize() answers whose word-shingle Jaccard similarity is at least
   * settings.similarity() (similarity 1.0: identical normalised text only); largest first, then by
   * first key. Deterministic.
   *
   * @throws IllegalArgumentException when two answers have one key, minSize is below 2 or
   *     similarity is not in (0, 1]
   */
  public static List<Campaign> find(List<Answer> answers, Codebook.Campaigns settings) {
    // Sorting first makes every index below, and so the result, independent of the input's order.
    List<Answer> sorted = new ArrayList<>(answers);
    sorted.sort(Comparator.comparing(Answer::key));
    HashMap<String, Integer> textIndex = new HashMap<>();
    List<TextCount> texts = new ArrayList<>();
    List<List<String>> keysOfText = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      Answer answer = sorted.get(i);
      if (i > 0 && answer.key().equals(sorted.get(i - 1).key())) {
        throw TextErrors.duplicateKey(answer.key());
      }
      String normalised = campaignText(answer.text());
      if (normalised == null) {
        continue;
      }
      Integer index = textIndex.get(normalised);
      if (index == null) {
        index = texts.size();
        textIndex.put(normalised, index);
        texts.add(new TextCount(normalised, 0, answer.key()));
        keysOfText.add(new ArrayList<>());
      }
      keysOfText.get(index).add(answer.key());
    }
    for (int t = 0; t < texts.size(); t++) {
      texts.set(
          t, new TextCount(texts.get(t).text(), keysOfText.get(t).size(), texts.get(t).firstKey()));
    }
    List<Campaign> campaigns = new ArrayList<>();
    for (TextCampaign found : findAmongTexts(texts, settings)) {
      List<String> keys = new ArrayList<>();
      for (int t : found.texts()) {
        keys.addAll(keysOfText.get(t));
      }
      keys.sort(null);
      String text = null;
      for (int t : found.texts()) {
        if (texts.get(t).firstKey().equals(found.firstKey())) {
          text = texts.get(t).text();
        }
      }
      campaigns.add(new Campaign(keys, text, found.exact()));
    }
    return campaigns;
  }

  /**
   * The form an answer is matched in: normalised ({@link TextNormaliser}), or null for a blank
   * answer or one without any word, which is never a member of a campaign.
   */
  public static String campaignText(String answer) {
    String normalised = TextNormaliser.normalise(answer);
    return campaignTextOfNormalised(normalised, TextNormaliser.words(normalised));
  }

  /** {@link #campaignText} of a text already normalised, with its words. */
  public static String campaignTextOfNormalised(String normalised, List<String> words) {
    return words.isEmpty() ? null : normalised;
  }

  /**
   * {@link #find} over answers already reduced to their distinct normalised texts ({@link
   * #campaignText}), as a distributed job gathers them: the same campaigns, as groups of texts. The
   * texts need not be in any order; each text must appear once.
   */
  public static List<TextCampaign> findAmongTexts(
      List<TextCount> texts, Codebook.Campaigns settings) {
    int minSize = settings.minSize();
    double similarity = settings.similarity();
    if (minSize < 2) {
      throw TextErrors.badCampaignSettings("min_size", minSize, "at least 2");
    }
    if (!(similarity > 0 && similarity <= 1)) {
      throw TextErrors.badCampaignSettings("similarity", similarity, "above 0 and at most 1");
    }
    // Index the texts in the order of their first keys, which is how find() meets them, so the
    // near-duplicate search (whose large buckets depend on order) gives the same groups.
    Integer[] order = new Integer[texts.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparing(i -> texts.get(i).firstKey()));
    UnionFind groups = new UnionFind(texts.size());
    if (similarity < 1) {
      List<long[]> shingles = new ArrayList<>(texts.size());
      for (int i : order) {
        shingles.add(Shingles.of(TextNormaliser.words(texts.get(i).text())));
      }
      NearDuplicates.link(shingles, similarity, groups);
    }
    HashMap<Integer, List<Integer>> members = new HashMap<>();
    for (int sortedIndex = 0; sortedIndex < order.length; sortedIndex++) {
      members
          .computeIfAbsent(groups.find(sortedIndex), r -> new ArrayList<>())
          .add(order[sortedIndex]);
    }
    List<TextCampaign> campaigns = new ArrayList<>();
    for (List<Integer> group : members.values()) {
      long size = 0;
      String firstKey = null;
      for (int t : group) {
        size += texts.get(t).answers();
        String first = texts.get(t).firstKey();
        if (firstKey == null || first.compareTo(firstKey) < 0) {
          firstKey = first;
        }
      }
      if (size < minSize) {
        continue;
      }
      group.sort(null);
      campaigns.add(new TextCampaign(group, size, firstKey, group.size() == 1));
    }
    campaigns.sort(
        Comparator.comparingLong((TextCampaign c) -> c.answers())
            .reversed()
            .thenComparing(TextCampaign::firstKey));
    return campaigns;
  }
}
