package dev.stocktake.etl.text.internal;

import java.util.Arrays;
import java.util.List;

/**
 * The word shingles of an answer as a sorted set of 64-bit hashes: runs of three words, or one run
 * of all its words for an answer of one or two words. Two different shingles share a hash with
 * probability about 2^-64, so a Jaccard similarity computed on the hashes is the exact one for any
 * realistic consultation.
 */
public final class Shingles {
  /** Words per shingle. */
  public static final int WIDTH = 3;

  private Shingles() {}

  /** The shingle hashes of {@code words} (at least one), sorted and distinct. */
  public static long[] of(List<String> words) {
    int width = Math.min(WIDTH, words.size());
    long[] wordHashes = new long[words.size()];
    for (int i = 0; i < wordHashes.length; i++) {
      wordHashes[i] = hash(words.get(i));
    }
    long[] shingles = new long[words.size() - width + 1];
    for (int start = 0; start < shingles.length; start++) {
      // Seeded with the width, so that a one-word answer's shingle never equals part of another.
      long h = width * 0x9E3779B97F4A7C15L;
      for (int i = start; i < start + width; i++) {
        h = Mix.mix64(h ^ wordHashes[i]);
      }
      shingles[start] = h;
    }
    Arrays.sort(shingles);
    int distinct = 0;
    for (int i = 0; i < shingles.length; i++) {
      if (i == 0 || shingles[i] != shingles[i - 1]) {
        shingles[distinct++] = shingles[i];
      }
    }
    return distinct == shingles.length ? shingles : Arrays.copyOf(shingles, distinct);
  }

  /** |a ∩ b| / |a ∪ b| of two sorted distinct sets, by one merge. */
  public static double jaccard(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    int union = a.length + b.length - common;
    return union == 0 ? 1.0 : (double) common / union;
  }

  /** FNV-1a over the UTF-16 units, finished by a 64-bit mix. */
  private static long hash(String word) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < word.length(); i++) {
      h ^= word.charAt(i);
      h *= 0x100000001b3L;
    }
    return Mix.mix64(h);
  }
}
