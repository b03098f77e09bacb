package dev.stocktake.bench;

import java.util.Comparator;

/** One cell of the distributions: respondents who gave {@code value} in a round and group. */
record CountKey(String round, String group, String question, String value)
    implements Comparable<CountKey> {
  private static final Comparator<CountKey> ORDER =
      Comparator.comparing(CountKey::round)
          .thenComparing(CountKey::question)
          .thenComparing(CountKey::group)
          .thenComparing(CountKey::value);

  @Override
  public int compareTo(CountKey other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return "round=" + round + " group=" + group + " question=" + question + " value=" + value;
  }
}
