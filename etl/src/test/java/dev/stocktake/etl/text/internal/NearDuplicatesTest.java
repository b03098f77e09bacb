package dev.stocktake.etl.text.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {
  @Test
  void aLargeBucketOfVariantsBecomesOneGroup() {
    // 500 variants of one 40-word text, each with one of its own words appended: every pair is
    // above 0.9, and the buckets are far above the pairwise limit.
    List<String> base = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      base.add("w" + i);
    }
    List<long[]> sets = new ArrayList<>();
    for (int v = 0; v < 500; v++) {
      List<String> words = new ArrayList<>(base);
      words.add("extra" + v);
      sets.add(Shingles.of(words));
    }
    UnionFind groups = new UnionFind(sets.size());
    NearDuplicates.link(sets, 0.8, groups);
    for (int v = 1; v < sets.size(); v++) {
      assertEquals(groups.find(0), groups.find(v), "variant " + v);
    }
  }
}
