package dev.stocktake.schema.xlsform;

import dev.stocktake.schema.SurveySchema;
import java.util.List;
import java.util.Objects;

/** A form read into a survey schema, with every part of the form that could not be mapped. */
public record XlsFormImport(SurveySchema schema, List<Unmapped> unmapped) {
  public XlsFormImport {
    Objects.requireNonNull(schema, "schema");
    unmapped = unmapped == null ? List.of() : List.copyOf(unmapped);
  }
}
