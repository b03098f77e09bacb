package dev.stocktake.reports.html;

import dev.stocktake.reports.model.Labels;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Names of answer codes, including an earlier round's code that stands for several ("a|b"). */
final class Scales {
  private Scales() {}

  static String level(Labels labels, String code) {
    return Arrays.stream(code.split("\\|")).map(labels::choice).collect(Collectors.joining(" / "));
  }
}
