package dev.stocktake.etl.text.internal;

/**
 * The SplitMix64 finaliser: a fast 64-bit mix in which every input bit changes every output bit.
 */
final class Mix {
  private Mix() {}

  static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
