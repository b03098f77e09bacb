package dev.stocktake.etl.ingest;

import dev.stocktake.schema.xlsform.XlsForms;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A survey tool's response export, as {@code format:} in stocktake.yaml names it: which columns are
 * the tool's bookkeeping, which hold the respondent id, submission time and language, how group
 * paths are joined, and whether answers are written as the tool's own codes. The project's {@code
 * columns:} mapping always wins over a preset's defaults.
 */
public enum ExportFormat {
  /** Stocktake's own CSV or JSON lines: standard columns by name, nothing skipped. */
  STOCKTAKE("stocktake", List.of(), null, null, "/", false, false, Set.of()),

  /**
   * A KoboToolbox CSV export (legacy or new): group paths joined with {@code /}, select_multiple as
   * one space-separated column, as split 0/1 columns {@code q/choice}, or both; fields separated by
   * {@code ;} or {@code ,}; the respondent is {@code _uuid} unless mapped.
   */
  KOBO("kobo", List.of("_uuid"), "_submission_time", null, "/", true, false, XlsformMetadata.ALL),

  /**
   * An ODK Central CSV export: group paths joined with {@code -} ({@code about_org-hq_region}),
   * split select_multiple columns with {@code /} or {@code -} before the choice; the respondent is
   * {@code KEY} (or {@code meta-instanceID}) unless mapped.
   */
  ODK(
      "odk",
      List.of("KEY", "meta-instanceID"),
      "SubmissionDate",
      null,
      "-/",
      false,
      false,
      XlsformMetadata.ALL),

  /**
   * A LimeSurvey response export with question codes as headings: codes are a question id without
   * its non-alphanumerics, {@code Q[SQ001]} flags the first choice of a multiple-choice question
   * with {@code Y}, single-choice answers are {@code A1}, {@code A2}... or the choice code; the
   * respondent is {@code token} when the file has that column, else the response {@code id}.
   */
  LIMESURVEY(
      "limesurvey",
      List.of("token", "id"),
      "submitdate",
      "startlanguage",
      "",
      true,
      true,
      Set.of(
          "id",
          "submitdate",
          "lastpage",
          "startlanguage",
          "seed",
          "token",
          "startdate",
          "datestamp",
          "ipaddr",
          "refurl",
          "interviewtime"));

  private final String id;
  private final List<String> respondentIdColumns;
  private final String submittedAtColumn;
  private final String languageColumn;
  private final String pathSeparators;
  private final boolean detectsDelimiter;
  private final boolean toolCodes;
  private final Set<String> metadata;

  ExportFormat(
      String id,
      List<String> respondentIdColumns,
      String submittedAtColumn,
      String languageColumn,
      String pathSeparators,
      boolean detectsDelimiter,
      boolean toolCodes,
      Set<String> metadata) {
    this.id = id;
    this.respondentIdColumns = respondentIdColumns;
    this.submittedAtColumn = submittedAtColumn;
    this.languageColumn = languageColumn;
    this.pathSeparators = pathSeparators;
    this.detectsDelimiter = detectsDelimiter;
    this.toolCodes = toolCodes;
    this.metadata = metadata;
  }

  /** The preset stocktake.yaml names {@code id}; the names are checked when the project loads. */
  public static ExportFormat of(String id) {
    for (ExportFormat format : values()) {
      if (format.id.equals(id)) {
        return format;
      }
    }
    throw new IllegalArgumentException(
        "unknown response format \"" + id + "\"; the formats are stocktake, kobo, odk, limesurvey");
  }

  /** The name in stocktake.yaml, e.g. {@code kobo}. */
  public String id() {
    return id;
  }

  /** Characters that join group paths and a split choice column's question and choice. */
  public String pathSeparators() {
    return pathSeparators;
  }

  /**
   * Whether the CSV field delimiter is read from the header line ({@code ;} when it holds more
   * semicolons than commas outside quotes) rather than always a comma.
   */
  public boolean detectsDelimiter() {
    return detectsDelimiter;
  }

  /**
   * Whether column names and choice codes are the names of the tool's XLSForm (KoboToolbox, ODK),
   * which {@code stocktake schema from-xlsform} may have turned into ids ({@code Age} became {@code
   * age}): the ingest then also matches a name through that same conversion.
   */
  public boolean writesFormNames() {
    return this == KOBO || this == ODK;
  }

  /** The columns a submission's respondent id is read from when the project maps none. */
  public List<String> respondentIdColumns() {
    return respondentIdColumns;
  }

  /** Whether column names and answers are the tool's own codes (LimeSurvey's), not question ids. */
  public boolean usesToolCodes() {
    return toolCodes;
  }

  /** Whether a column the schema does not know is the tool's bookkeeping, skipped on purpose. */
  public boolean isMetadata(String column) {
    if (this == STOCKTAKE) {
      return false;
    }
    String lower = column.strip().toLowerCase(Locale.ROOT);
    return metadata.contains(lower) || (this != LIMESURVEY && lower.startsWith("_"));
  }

  /**
   * Which columns of a file with {@code header} hold the standard fields by this preset's
   * convention: column name to {@code respondent_id}, {@code submitted_at} or {@code language}. A
   * field is left out when the project's {@code mapping} already maps a column to it, or when the
   * file has a column of that name (also under a group path).
   */
  public Map<String, String> standardColumns(List<String> header, Map<String, String> mapping) {
    Map<String, String> out = new HashMap<>();
    choose(out, header, mapping, "respondent_id", respondentIdColumns);
    if (submittedAtColumn != null) {
      choose(out, header, mapping, "submitted_at", List.of(submittedAtColumn));
    }
    if (languageColumn != null) {
      choose(out, header, mapping, "language", List.of(languageColumn));
    }
    return out;
  }

  private void choose(
      Map<String, String> out,
      List<String> header,
      Map<String, String> mapping,
      String field,
      List<String> candidates) {
    if (mapping.containsValue(field)) {
      return;
    }
    for (String name : header) {
      if (lastSegment(name.strip()).equals(field)) {
        return;
      }
    }
    for (String candidate : candidates) {
      for (String name : header) {
        if (name.strip().equalsIgnoreCase(candidate) && !mapping.containsKey(name.strip())) {
          out.put(name.strip(), field);
          return;
        }
      }
    }
  }

  /** A column name without its group path: {@code about_org/hq_region} is {@code hq_region}. */
  public String lastSegment(String name) {
    int cut = -1;
    for (int i = 0; i < pathSeparators.length(); i++) {
      cut = Math.max(cut, name.lastIndexOf(pathSeparators.charAt(i)));
    }
    return name.substring(cut + 1);
  }

  /**
   * A LimeSurvey question or answer code for a Stocktake id: its letters and digits, lower-cased.
   * LimeSurvey codes are alphanumeric only, so {@code hq_region} becomes {@code hqregion}; codes
   * are compared in this form, which ignores case.
   */
  public static String limeSurveyCode(String id) {
    StringBuilder out = new StringBuilder(id.length());
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        out.append(c);
      } else if (c >= 'A' && c <= 'Z') {
        out.append(Character.toLowerCase(c));
      }
    }
    return out.toString();
  }

  /**
   * The bookkeeping columns XLSForm tools write (KoboToolbox and ODK), lower-cased: a column for
   * each metadata question type, and the tools' own.
   */
  private static final class XlsformMetadata {
    static final Set<String> ALL = all();

    private static Set<String> all() {
      Set<String> all = new java.util.HashSet<>(XlsForms.METADATA_TYPES);
      all.addAll(
          Set.of(
              "__version__",
              "instanceid",
              "formhub/uuid",
              "meta/instanceid",
              "meta/instancename",
              "meta/rootuuid",
              "meta/deprecatedid",
              "meta/audit",
              "meta-instanceid",
              "meta-instancename",
              "meta-rootuuid",
              "meta-deprecatedid",
              "meta-audit",
              "submissiondate",
              "key",
              "submitterid",
              "submittername",
              "attachmentspresent",
              "attachmentsexpected",
              "status",
              "reviewstate",
              "edits",
              "formversion",
              "isvalidated"));
      return Set.copyOf(all);
    }
  }
}
