package dev.stocktake.etl.generate;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Seeds derived from a base seed and coordinates (respondent, round, question): every value the
 * generator draws depends only on its coordinates, so any row can be made without the others and
 * the output is the same bytes for the same seed.
 */
final class Mix {
  private Mix() {}

  /** The SplitMix64 finaliser: a well-spread 64-bit hash of {@code z}. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  static long seed(long base, long... coordinates) {
    long h = mix(base);
    for (long c : coordinates) {
      h = mix(h ^ c);
    }
    return h;
  }

  static long of(String name) {
    long h = 1125899906842597L;
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      h = 31 * h + b;
    }
    return mix(h);
  }

  static SplittableRandom random(long base, long... coordinates) {
    return new SplittableRandom(seed(base, coordinates));
  }

  /** A uniform double in [0, 1) from a hash, for draws that need no generator. */
  static double unit(long hash) {
    return (hash >>> 11) * 0x1.0p-53;
  }
}
