package dev.stocktake.etl.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PseudonymiserTest {
  private static final byte[] KEY =
      "a-secret-key-of-32-characters!!!".getBytes(StandardCharsets.UTF_8);

  /**
   * The ingest broadcasts one pseudonymiser to all the tasks of an executor, which call it at once:
   * each call must give what a call on its own gives (a shared Mac mixes their digests or fails).
   */
  @Test
  void threadsSharingOnePseudonymiserGetTheSamePseudonymsAsOneThread() throws Exception {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      ids.add("org-" + i);
    }
    Pseudonymiser alone = new Pseudonymiser(KEY);
    List<String> expected = ids.stream().map(alone::pseudonym).toList();

    Pseudonymiser shared = new Pseudonymiser(KEY);
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(threads.submit(() -> ids.stream().map(shared::pseudonym).toList()));
      }
      for (Future<List<String>> result : results) {
        assertEquals(expected, result.get());
      }
    } finally {
      threads.shutdownNow();
    }
  }
}
