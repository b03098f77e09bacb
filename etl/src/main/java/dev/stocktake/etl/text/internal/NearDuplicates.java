package dev.stocktake.etl.text.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Joins texts whose shingle sets have a Jaccard similarity of at least a threshold: MinHash with
 * LSH banding proposes candidate pairs, each verified on the sets themselves.
 *
 * <p>Cost for D texts of about S shingles, with b bands of r rows: signatures O(D·S·b·r), buckets
 * O(b·D log D) (one sort of D longs per band), verification O(S) per candidate pair. Unrelated
 * answers share no band, so candidates are roughly the truly similar pairs. Memory: the sets plus b
 * ints per text.
 *
 * <p>In a bucket of at most {@value #PAIRWISE_LIMIT} texts every pair not yet joined is verified. A
 * larger bucket is a campaign of many distinct variants; there each text is verified against one
 * text of each group already in the bucket, so that ten thousand variants cost ten thousand
 * verifications and not fifty million. A pair missed that way is usually joined through another
 * band or another member.
 */
public final class NearDuplicates {
  static final int PAIRWISE_LIMIT = 64;

  private NearDuplicates() {}

  /** Unites in {@code groups} every candidate pair of {@code sets} that is at least as similar. */
  public static void link(List<long[]> sets, double similarity, UnionFind groups) {
    MinHashLsh lsh = MinHashLsh.forThreshold(similarity);
    int n = sets.size();
    int[][] keys = new int[lsh.bands()][n];
    for (int i = 0; i < n; i++) {
      int[] bandKeys = lsh.bandKeys(sets.get(i));
      for (int band = 0; band < bandKeys.length; band++) {
        keys[band][i] = bandKeys[band];
      }
    }
    long[] packed = new long[n];
    for (int[] band : keys) {
      // Key in the high half, text index in the low half: sorting puts each bucket together, in
      // index order, without boxing.
      for (int i = 0; i < n; i++) {
        packed[i] = ((long) band[i] << 32) | i;
      }
      Arrays.sort(packed);
      int from = 0;
      for (int to = 1; to <= n; to++) {
        if (to == n || (packed[to] >>> 32) != (packed[from] >>> 32)) {
          if (to - from > 1) {
            bucket(packed, from, to, sets, similarity, groups);
          }
          from = to;
        }
      }
    }
  }

  private static void bucket(
      long[] packed, int from, int to, List<long[]> sets, double similarity, UnionFind groups) {
    if (to - from <= PAIRWISE_LIMIT) {
      for (int a = from; a < to; a++) {
        int x = (int) packed[a];
        for (int b = a + 1; b < to; b++) {
          int y = (int) packed[b];
          if (groups.find(x) != groups.find(y) && similar(sets, x, y, similarity)) {
            groups.union(x, y);
          }
        }
      }
      return;
    }
    List<Integer> representatives = new ArrayList<>();
    for (int a = from; a < to; a++) {
      int x = (int) packed[a];
      for (int rep : representatives) {
        if (groups.find(rep) != groups.find(x) && similar(sets, x, rep, similarity)) {
          groups.union(x, rep);
        }
      }
      boolean represented = false;
      for (int rep : representatives) {
        represented |= groups.find(rep) == groups.find(x);
      }
      if (!represented) {
        representatives.add(x);
      }
    }
  }

  private static boolean similar(List<long[]> sets, int x, int y, double similarity) {
    // The tolerance keeps 4/5 at a threshold of 0.8 whatever the rounding of the division.
    return Shingles.jaccard(sets.get(x), sets.get(y)) >= similarity - 1e-12;
  }
}
