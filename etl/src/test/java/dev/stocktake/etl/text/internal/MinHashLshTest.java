package dev.stocktake.etl.text.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stocktake.etl.text.TextNormaliser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MinHashLshTest {
  @Test
  void atTheDefaultThreshold25BandsOf5Rows() {
    MinHashLsh lsh = MinHashLsh.forThreshold(0.8);
    assertEquals(25, lsh.bands());
    assertEquals(5, lsh.rows());
    assertEquals(0.99995, lsh.recallAt(0.8), 0.00001);
    assertEquals(0.55, lsh.recallAt(0.5), 0.01);
    assertEquals(0.059, lsh.recallAt(0.3), 0.001);
    assertEquals(0.00025, lsh.recallAt(0.1), 0.00001);
  }

  @Test
  void everyThresholdReachesTheTargetRecallWithTheMostRowsThatDo() {
    for (double s = 0.1; s <= 1.0; s += 0.05) {
      MinHashLsh lsh = MinHashLsh.forThreshold(s);
      assertTrue(lsh.bands() * lsh.rows() <= MinHashLsh.HASHES);
      assertTrue(lsh.recallAt(s) >= MinHashLsh.TARGET_RECALL, "at " + s);
      int more = lsh.rows() + 1;
      assertTrue(
          MinHashLsh.recall(s, MinHashLsh.HASHES / more, more) < MinHashLsh.TARGET_RECALL,
          "at " + s);
    }
  }

  @Test
  void bandKeysAreDeterministicAndAgreeForEqualSets() {
    long[] a = Shingles.of(TextNormaliser.words("stop the quarry now please"));
    MinHashLsh lsh = MinHashLsh.forThreshold(0.8);
    assertArrayEquals(lsh.bandKeys(a), lsh.bandKeys(a.clone()));
  }

  @Test
  void theShareOfAgreeingBandsFollowsTheJaccardSimilarity() {
    // 100 shingles each, 50 shared: J = 50/150. One row per band, so each band agrees with
    // probability J; over 128 bands the count is near 43.
    List<String> left = new ArrayList<>();
    List<String> right = new ArrayList<>();
    for (int i = 0; i < 102; i++) {
      left.add("w" + i);
      right.add(i < 52 ? "w" + i : "v" + i);
    }
    long[] a = Shingles.of(left);
    long[] b = Shingles.of(right);
    assertEquals(50.0 / 150, Shingles.jaccard(a, b), 1e-12);
    MinHashLsh lsh = MinHashLsh.forThreshold(0.01);
    assertEquals(128, lsh.bands());
    int[] ka = lsh.bandKeys(a);
    int[] kb = lsh.bandKeys(b);
    int agree = 0;
    for (int i = 0; i < ka.length; i++) {
      agree += ka[i] == kb[i] ? 1 : 0;
    }
    assertTrue(agree > 25 && agree < 60, "agreeing bands: " + agree);
  }

  @Test
  void shortAnswersHaveOneShingleOfAllTheirWords() {
    assertEquals(1, Shingles.of(List.of("yes")).length);
    assertEquals(1, Shingles.of(List.of("no", "quarry")).length);
    assertEquals(2, Shingles.of(List.of("no", "new", "quarry", "here")).length);
    assertEquals(
        0.0, Shingles.jaccard(Shingles.of(List.of("no")), Shingles.of(List.of("no", "no"))));
  }
}
