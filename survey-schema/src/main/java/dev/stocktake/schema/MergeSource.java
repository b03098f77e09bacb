package dev.stocktake.schema;

import java.util.List;
import java.util.Map;

/** One of the earlier questions merged into a question, with its own choice recode. */
public record MergeSource(int version, String id, Map<String, List<String>> recode) {
  public MergeSource {
    Required.field(id, "id");
    recode = Lineage.copyRecode(recode);
  }

  public QuestionRef ref() {
    return new QuestionRef(version, id);
  }
}
