package dev.stocktake.schema.xlsform;

import java.util.List;

/**
 * What writing a schema as an XLSForm produced: counts for the summary line, and every field of the
 * schema that XLSForm cannot carry (lineage, retired questions), one sentence each.
 */
public record XlsFormExport(
    int questions, int choiceLists, List<String> languages, List<String> notCarried) {
  public XlsFormExport {
    languages = List.copyOf(languages);
    notCarried = List.copyOf(notCarried);
  }
}
