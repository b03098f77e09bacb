package dev.stocktake.schema.framework;

import dev.stocktake.schema.Required;
import dev.stocktake.schema.Text;
import java.util.List;

/** One commitment, goal, objective, activity or measure of a framework, with its parent. */
public record FrameworkItem(
    String id,
    ItemKind kind,
    String parent,
    Text text,
    List<String> appliesTo,
    Timeframe timeframe) {

  public FrameworkItem {
    Required.field(id, "id");
    text = text == null ? Text.of(null) : text;
    appliesTo = appliesTo == null ? List.of() : List.copyOf(appliesTo);
  }
}
