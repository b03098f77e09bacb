package dev.stocktake.schema.xlsform;

import java.util.List;

/**
 * What writing a schema as an XLSForm produced: counts for the summary line, and every field of the
 * schema that the form does not carry (lineage, retired questions) or carries imperfectly, one
 * short phrase each, e.g. {@code lineage of hq_region (from version 1 question org_region)}.
 */
public record XlsFormExport(
    int questions, int choiceLists, List<String> languages, List<String> notCarried) {
  public XlsFormExport {
    languages = List.copyOf(languages);
    notCarried = List.copyOf(notCarried);
  }
}
