package dev.stocktake.schema;

import java.util.List;

/**
 * One question of a survey schema version. {@code choices} names a choice list for choice
 * questions; {@code relevant} is skip logic over earlier answers; {@code commitment} links to a
 * framework item; {@code publish} defaults to false for free text and true otherwise.
 */
public record Question(
    String id,
    String section,
    QuestionType type,
    String choices,
    Text label,
    Text hint,
    Boolean required,
    List<String> appliesTo,
    String relevant,
    Constraint constraint,
    String commitment,
    Boolean publish,
    Lineage lineage) {

  public Question {
    Required.field(id, "id");
    Required.field(type, "type");
    label = label == null ? Text.of(null) : label;
    appliesTo = appliesTo == null ? List.of() : List.copyOf(appliesTo);
  }

  public boolean isRequired() {
    return Boolean.TRUE.equals(required);
  }

  /** Free text is unpublished unless the schema says so; everything else is published. */
  public boolean isPublished() {
    return publish == null ? type != QuestionType.TEXT : publish;
  }

  /** Whether the question applies to {@code group} (no {@code applies_to} means every group). */
  public boolean appliesTo(String group) {
    return appliesTo.isEmpty() || appliesTo.contains(group);
  }
}
