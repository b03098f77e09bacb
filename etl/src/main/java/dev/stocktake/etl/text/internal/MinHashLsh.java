package dev.stocktake.etl.text.internal;

/**
 * MinHash signatures of shingle sets cut into LSH bands: two sets whose Jaccard similarity is J
 * agree on one hash with probability J, on a band of {@code rows} hashes with probability J^rows,
 * and so share at least one of {@code bands} bands with probability 1 - (1 - J^rows)^bands.
 *
 * <p>{@link #forThreshold} takes the most rows (fewest chance candidates) with bands × rows at most
 * {@value #HASHES} for which a pair exactly at the threshold becomes a candidate with probability
 * at least {@value #TARGET_RECALL}. At 0.8 that is 25 bands of 5 rows (125 hashes): recall at 0.8
 * is 0.99995, while a pair at J = 0.5 is a candidate with probability 0.55, at 0.3 with 0.06 and at
 * 0.1 with 0.00025; candidates are verified on the shingle sets, so chance candidates cost time,
 * never accuracy. Thresholds below about 0.06 cannot reach the target with 128 hashes and get 128
 * bands of one row.
 */
public final class MinHashLsh {
  /** Hash functions available; a signature uses bands × rows of them. */
  public static final int HASHES = 128;

  /** The probability with which a pair exactly at the threshold must become a candidate. */
  public static final double TARGET_RECALL = 0.999;

  private static final long[] SEEDS = seeds();

  private final int bands;
  private final int rows;

  private MinHashLsh(int bands, int rows) {
    this.bands = bands;
    this.rows = rows;
  }

  public static MinHashLsh forThreshold(double similarity) {
    for (int rows = HASHES; rows > 1; rows--) {
      int bands = HASHES / rows;
      if (recall(similarity, bands, rows) >= TARGET_RECALL) {
        return new MinHashLsh(bands, rows);
      }
    }
    return new MinHashLsh(HASHES, 1);
  }

  /** The probability that a pair of Jaccard similarity {@code j} shares at least one band. */
  public static double recall(double j, int bands, int rows) {
    return 1 - Math.pow(1 - Math.pow(j, rows), bands);
  }

  public int bands() {
    return bands;
  }

  public int rows() {
    return rows;
  }

  public double recallAt(double similarity) {
    return recall(similarity, bands, rows);
  }

  /**
   * One 32-bit key per band of the MinHash signature of a non-empty shingle set; equal keys mean
   * the band probably agrees (a chance 32-bit collision only adds a candidate to verify).
   */
  public int[] bandKeys(long[] shingles) {
    int[] keys = new int[bands];
    for (int band = 0; band < bands; band++) {
      long key = band;
      for (int row = 0; row < rows; row++) {
        long seed = SEEDS[band * rows + row];
        long min = Long.MAX_VALUE;
        for (long shingle : shingles) {
          long h = Mix.mix64(shingle ^ seed);
          if (h < min) {
            min = h;
          }
        }
        key = Mix.mix64(key ^ min);
      }
      keys[band] = (int) (key >>> 32);
    }
    return keys;
  }

  /** Fixed seeds, the SplitMix64 sequence from a constant: the same candidates on every run. */
  private static long[] seeds() {
    long[] seeds = new long[HASHES];
    long state = 0x5EED_C0DE_B00CL;
    for (int i = 0; i < HASHES; i++) {
      state += 0x9E3779B97F4A7C15L;
      seeds[i] = Mix.mix64(state);
    }
    return seeds;
  }
}
