package dev.stocktake.schema;

import java.util.List;
import java.util.Optional;

/**
 * A named list of choices shared by questions; {@code ordered} lists (needed by likert questions)
 * rank their choices from first to last.
 */
public record ChoiceList(String id, Boolean ordered, List<Choice> choices) {

  /** The implicit list of yes/no questions. */
  public static final ChoiceList YES_NO =
      new ChoiceList(
          "yes_no",
          false,
          List.of(new Choice("yes", Text.of(null)), new Choice("no", Text.of(null))));

  public ChoiceList {
    Required.field(id, "id");
    ordered = ordered != null && ordered;
    choices = choices == null ? List.of() : List.copyOf(choices);
  }

  public List<String> codes() {
    return choices.stream().map(Choice::code).toList();
  }

  public Optional<Choice> choice(String code) {
    return choices.stream().filter(c -> c.code().equals(code)).findFirst();
  }

  public boolean has(String code) {
    return choice(code).isPresent();
  }
}
