package dev.stocktake.etl.generate;

import dev.stocktake.etl.ingest.ExportFormat;
import dev.stocktake.schema.ChoiceList;
import dev.stocktake.schema.Question;
import dev.stocktake.schema.QuestionType;
import dev.stocktake.schema.SurveySchema;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * How one round's responses look when exported from a survey tool: its column names, its
 * bookkeeping columns with plausible values, its time formats and its codes. A native row
 * (respondent, group, time, language and the answers in schema order) becomes the tool's row.
 * Bookkeeping values come from their own random streams, so the answers are the same whatever the
 * format.
 */
final class ExportLayout {
  private static final long UUID_STREAM = Mix.of("export-uuid");
  private static final long META_STREAM = Mix.of("export-metadata");
  private static final DateTimeFormatter KOBO_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter KOBO_CLIENT_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'+00:00'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter ODK_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter LIMESURVEY_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final ExportFormat format;
  private final List<Question> questions;
  private final List<List<String>> codes = new ArrayList<>();
  private final long seed;
  private final String formVersion;
  private final int pages;
  private final String[] header;

  /**
   * @param questions the round's questions in the order the answers come
   */
  ExportLayout(
      ExportFormat format, SurveySchema schema, List<Question> questions, String round, long seed) {
    this.format = format;
    this.questions = List.copyOf(questions);
    this.seed = seed;
    for (Question q : questions) {
      codes.add(schema.choicesOf(q).map(ChoiceList::codes).orElse(List.of()));
    }
    this.formVersion =
        "v" + Long.toString(Long.remainderUnsigned(Mix.seed(seed, Mix.of(round)), 1L << 40), 36);
    this.pages = Math.max(1, (int) questions.stream().map(Question::section).distinct().count());
    this.header = makeHeader();
  }

  /** The {@code columns:} mapping stocktake.yaml needs to read a generated export of this kind. */
  static Map<String, String> projectColumns(ExportFormat format) {
    Map<String, String> columns = new LinkedHashMap<>();
    switch (format) {
      case KOBO -> {
        columns.put("respondent/org_id", "respondent_id");
        columns.put("respondent/stakeholder_group", "group");
      }
      case ODK -> {
        columns.put("respondent-org_id", "respondent_id");
        columns.put("respondent-stakeholder_group", "group");
      }
      case LIMESURVEY -> columns.put("attribute_1", "group");
      case STOCKTAKE -> {}
    }
    return columns;
  }

  /** KoboToolbox's CSV export separates fields with semicolons by default. */
  char delimiter() {
    return format == ExportFormat.KOBO ? ';' : ',';
  }

  /** KoboToolbox and LimeSurvey quote every field; the others only where needed. */
  boolean quotesAll() {
    return format == ExportFormat.KOBO || format == ExportFormat.LIMESURVEY;
  }

  String[] header() {
    return header.clone();
  }

  private String[] makeHeader() {
    List<String> h = new ArrayList<>();
    switch (format) {
      case STOCKTAKE -> h.addAll(List.of("respondent_id", "group", "submitted_at", "language"));
      case KOBO ->
          h.addAll(
              List.of(
                  "start",
                  "end",
                  "respondent/org_id",
                  "respondent/stakeholder_group",
                  "respondent/language"));
      case ODK ->
          h.addAll(
              List.of(
                  "SubmissionDate",
                  "respondent-org_id",
                  "respondent-stakeholder_group",
                  "respondent-language"));
      case LIMESURVEY ->
          h.addAll(
              List.of(
                  "id",
                  "submitdate",
                  "lastpage",
                  "startlanguage",
                  "seed",
                  "token",
                  "startdate",
                  "datestamp",
                  "attribute_1"));
    }
    for (int i = 0; i < questions.size(); i++) {
      Question q = questions.get(i);
      boolean multi = q.type() == QuestionType.MULTI_CHOICE;
      switch (format) {
        case STOCKTAKE -> h.add(q.id());
        case KOBO -> {
          String path = path(q, "/");
          h.add(path);
          if (multi) {
            codes.get(i).forEach(code -> h.add(path + "/" + code));
          }
        }
        case ODK -> h.add(path(q, "-"));
        case LIMESURVEY -> {
          String code = ExportFormat.limeSurveyCode(q.id());
          if (multi) {
            for (int c = 1; c <= codes.get(i).size(); c++) {
              h.add(String.format(Locale.ROOT, "%s[SQ%03d]", code, c));
            }
          } else {
            h.add(code);
          }
        }
      }
    }
    switch (format) {
      case KOBO ->
          h.addAll(
              List.of(
                  "__version__",
                  "_id",
                  "_uuid",
                  "_submission_time",
                  "_validation_status",
                  "_notes",
                  "_status",
                  "_submitted_by",
                  "_tags",
                  "_index"));
      case ODK ->
          h.addAll(
              List.of(
                  "meta-instanceID",
                  "KEY",
                  "SubmitterID",
                  "SubmitterName",
                  "AttachmentsPresent",
                  "AttachmentsExpected",
                  "Status",
                  "ReviewState",
                  "DeviceID",
                  "Edits",
                  "FormVersion"));
      default -> {}
    }
    return h.toArray(String[]::new);
  }

  private static String path(Question q, String separator) {
    return q.section() == null ? q.id() : q.section() + separator + q.id();
  }

  /**
   * One submission as the tool exports it.
   *
   * @param organisation the respondent's index, for the random streams of bookkeeping values
   * @param submission 0 for a submission the respondent later replaced, 1 for the last one
   * @param sequence the submission's 1-based position in the file
   * @param answers the native answers in question order, "" when unanswered
   */
  String[] row(
      long organisation,
      int submission,
      long sequence,
      String respondentId,
      String group,
      Instant submitted,
      String language,
      String[] answers) {
    SplittableRandom meta = Mix.random(seed, organisation, submission, META_STREAM);
    List<String> row = new ArrayList<>(header.length);
    String uuid = uuid(organisation, submission);
    switch (format) {
      case STOCKTAKE ->
          row.addAll(
              List.of(
                  respondentId, group, DateTimeFormatter.ISO_INSTANT.format(submitted), language));
      case KOBO -> {
        Instant start =
            submitted.minusSeconds(600 + meta.nextInt(1800)).plusMillis(meta.nextInt(1000));
        Instant end = submitted.minusSeconds(5 + meta.nextInt(115)).plusMillis(meta.nextInt(1000));
        row.addAll(
            List.of(
                KOBO_CLIENT_TIME.format(start),
                KOBO_CLIENT_TIME.format(end),
                respondentId,
                group,
                language));
      }
      case ODK ->
          row.addAll(
              List.of(
                  ODK_TIME.format(submitted.plusMillis(meta.nextInt(1000))),
                  respondentId,
                  group,
                  language));
      case LIMESURVEY ->
          row.addAll(
              List.of(
                  Long.toString(sequence),
                  LIMESURVEY_TIME.format(submitted),
                  Integer.toString(pages),
                  language,
                  Integer.toString(1 + meta.nextInt(Integer.MAX_VALUE - 1)),
                  respondentId,
                  LIMESURVEY_TIME.format(submitted.minusSeconds(300 + meta.nextInt(3300))),
                  LIMESURVEY_TIME.format(submitted),
                  group));
    }
    for (int i = 0; i < questions.size(); i++) {
      answer(row, questions.get(i), codes.get(i), answers[i] == null ? "" : answers[i]);
    }
    switch (format) {
      case KOBO ->
          row.addAll(
              List.of(
                  formVersion,
                  Long.toString(1000 + sequence),
                  uuid,
                  KOBO_TIME.format(submitted),
                  "",
                  "",
                  "submitted_via_web",
                  "",
                  "",
                  Long.toString(sequence)));
      case ODK ->
          row.addAll(
              List.of(
                  "uuid:" + uuid,
                  "uuid:" + uuid,
                  "5",
                  "collect",
                  "0",
                  "0",
                  "",
                  "",
                  "collect:" + Long.toHexString(Mix.seed(seed, organisation, META_STREAM)),
                  "0",
                  formVersion));
      default -> {}
    }
    return row.toArray(String[]::new);
  }

  private void answer(List<String> row, Question q, List<String> codes, String answer) {
    if (format == ExportFormat.STOCKTAKE || format == ExportFormat.ODK) {
      row.add(answer);
      return;
    }
    if (format == ExportFormat.KOBO) {
      row.add(answer);
      if (q.type() == QuestionType.MULTI_CHOICE) {
        LinkedHashSet<String> chosen = chosen(answer);
        for (String code : codes) {
          row.add(answer.isEmpty() ? "" : chosen.contains(code) ? "1" : "0");
        }
      }
      return;
    }
    switch (q.type()) {
      case MULTI_CHOICE -> {
        LinkedHashSet<String> chosen = chosen(answer);
        codes.forEach(code -> row.add(chosen.contains(code) ? "Y" : ""));
      }
      case SINGLE_CHOICE, LIKERT ->
          row.add(
              answer.isEmpty() || !codes.contains(answer)
                  ? answer
                  : "A" + (codes.indexOf(answer) + 1));
      case YES_NO -> row.add(answer.equals("yes") ? "Y" : answer.equals("no") ? "N" : answer);
      case DATE -> row.add(answer.isEmpty() ? "" : answer + " 00:00:00");
      default -> row.add(answer);
    }
  }

  private static LinkedHashSet<String> chosen(String answer) {
    LinkedHashSet<String> chosen = new LinkedHashSet<>();
    if (!answer.isBlank()) {
      chosen.addAll(List.of(answer.strip().split("\\s+")));
    }
    return chosen;
  }

  /** A version-4 UUID drawn from the submission's coordinates. */
  private String uuid(long organisation, int submission) {
    SplittableRandom r = Mix.random(seed, organisation, submission, UUID_STREAM);
    long high = (r.nextLong() & ~0xF000L) | 0x4000L;
    long low = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low).toString();
  }
}
