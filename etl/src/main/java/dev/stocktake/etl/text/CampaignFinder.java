package dev.stocktake.etl.text;

import dev.stocktake.etl.text.internal.NearDuplicates;
import dev.stocktake.etl.text.internal.Shingles;
import dev.stocktake.etl.text.internal.TextErrors;
import dev.stocktake.etl.text.internal.UnionFind;
import dev.stocktake.schema.codebook.Codebook;
import java.util.ArrayList;
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
   * Groups of at least settings.minSize() answers whose word-shingle Jaccard similarity is at least
   * settings.similarity() (similarity 1.0: identical normalised text only); largest first, then by
   * first key. Deterministic.
   *
   * @throws IllegalArgumentException when two answers have one key, minSize is below 2 or
   *     similarity is not in (0, 1]
   */
  public static List<Campaign> find(List<Answer> answers, Codebook.Campaigns settings) {
    int minSize = settings.minSize();
    double similarity = settings.similarity();
    if (minSize < 2) {
      throw TextErrors.badCampaignSettings("min_size", minSize, "at least 2");
    }
    if (!(similarity > 0 && similarity <= 1)) {
      throw TextErrors.badCampaignSettings("similarity", similarity, "above 0 and at most 1");
    }
    // Sorting first makes every index below, and so the result, independent of the input's order.
    List<Answer> sorted = new ArrayList<>(answers);
    sorted.sort(Comparator.comparing(Answer::key));
    HashMap<String, Integer> textIndex = new HashMap<>();
    List<String> texts = new ArrayList<>();
    List<List<String>> keysOfText = new ArrayList<>();
    List<long[]> shingles = new ArrayList<>();
    boolean near = similarity < 1;
    for (int i = 0; i < sorted.size(); i++) {
      Answer answer = sorted.get(i);
      if (i > 0 && answer.key().equals(sorted.get(i - 1).key())) {
        throw TextErrors.duplicateKey(answer.key());
      }
      String normalised = TextNormaliser.normalise(answer.text());
      Integer index = textIndex.get(normalised);
      if (index == null) {
        List<String> words = TextNormaliser.words(normalised);
        if (words.isEmpty()) {
          continue;
        }
        index = texts.size();
        textIndex.put(normalised, index);
        texts.add(normalised);
        keysOfText.add(new ArrayList<>());
        if (near) {
          shingles.add(Shingles.of(words));
        }
      }
      keysOfText.get(index).add(answer.key());
    }
    UnionFind groups = new UnionFind(texts.size());
    if (near) {
      NearDuplicates.link(shingles, similarity, groups);
    }
    return campaigns(texts, keysOfText, groups, minSize);
  }

  private static List<Campaign> campaigns(
      List<String> texts, List<List<String>> keysOfText, UnionFind groups, int minSize) {
    HashMap<Integer, List<Integer>> members = new HashMap<>();
    for (int t = 0; t < texts.size(); t++) {
      members.computeIfAbsent(groups.find(t), r -> new ArrayList<>()).add(t);
    }
    List<Campaign> campaigns = new ArrayList<>();
    for (List<Integer> group : members.values()) {
      int size = 0;
      for (int t : group) {
        size += keysOfText.get(t).size();
      }
      if (size < minSize) {
        continue;
      }
      List<String> keys = new ArrayList<>(size);
      String text = null;
      String smallest = null;
      for (int t : group) {
        // Each text's keys are sorted, so its first key is its smallest.
        String first = keysOfText.get(t).get(0);
        if (smallest == null || first.compareTo(smallest) < 0) {
          smallest = first;
          text = texts.get(t);
        }
        keys.addAll(keysOfText.get(t));
      }
      keys.sort(null);
      campaigns.add(new Campaign(keys, text, group.size() == 1));
    }
    campaigns.sort(
        Comparator.comparingInt((Campaign c) -> c.keys().size())
            .reversed()
            .thenComparing(c -> c.keys().get(0)));
    return campaigns;
  }
}
