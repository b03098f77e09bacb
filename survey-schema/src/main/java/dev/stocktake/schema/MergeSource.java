package dev.stocktake.schema;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One of the earlier questions merged into a question, with its own choice recode. */
public record MergeSource(int version, String id, Map<String, List<String>> recode) {
  public MergeSource {
    Objects.requireNonNull(id, "merged_from id");
    recode = Lineage.copyRecode(recode);
  }

  public QuestionRef ref() {
    return new QuestionRef(version, id);
  }
}
