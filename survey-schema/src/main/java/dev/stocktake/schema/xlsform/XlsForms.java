package dev.stocktake.schema.xlsform;

import dev.stocktake.schema.Question;
import dev.stocktake.schema.SurveySchema;
import dev.stocktake.schema.xlsform.internal.FlatSheets;
import dev.stocktake.schema.xlsform.internal.FormErrors;
import dev.stocktake.schema.xlsform.internal.FormExporter;
import dev.stocktake.schema.xlsform.internal.FormImporter;
import dev.stocktake.schema.xlsform.internal.FormNames;
import dev.stocktake.schema.xlsform.internal.FormWriters;
import dev.stocktake.schema.xlsform.internal.KoboAssetSheets;
import dev.stocktake.schema.xlsform.internal.RawSheet;
import dev.stocktake.schema.xlsform.internal.XlsxSheets;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads and writes XLSForms, choosing the format by the file's extension: {@code .xlsx}, pyxform's
 * {@code .csv} and {@code .md} layouts, and (read only) KoboToolbox asset {@code .json}.
 */
public final class XlsForms {
  /**
   * XLSForm's metadata question types (lower case): the survey tool fills them in, nobody answers
   * them, and tools export each as a column of the same name.
   */
  public static final Set<String> METADATA_TYPES =
      Set.of(
          "start",
          "end",
          "today",
          "deviceid",
          "subscriberid",
          "simserial",
          "phonenumber",
          "username",
          "email",
          "audit",
          "start-geopoint",
          "start_geopoint",
          "background-audio",
          "background-geopoint",
          "uri:deviceid",
          "uri:email",
          "uri:phonenumber",
          "uri:subscriberid",
          "uri:simserial",
          "uri:username",
          "imei");

  private XlsForms() {}

  /**
   * The question id the import gives a form's question {@code name} (when no other question took it
   * first): lower case, other characters as {@code _}, {@code q_} before a leading non-letter.
   * Exports from the form's tool still carry the name as written, so the ingest matches it so.
   */
  public static String questionId(String name) {
    return FormNames.slug(name, "q");
  }

  /** The choice code the import gives a form's choice {@code name}; see {@link #questionId}. */
  public static String choiceCode(String name) {
    return FormNames.slug(name, "c");
  }

  /**
   * {@code schema} as an XLSForm carries it: without lineage and the retired list, which a form has
   * no place for; what {@code write} then {@code read} give back.
   */
  public static SurveySchema asCarried(SurveySchema schema) {
    List<Question> questions =
        schema.questions().stream()
            .map(
                q ->
                    new Question(
                        q.id(),
                        q.section(),
                        q.type(),
                        q.choices(),
                        q.label(),
                        q.hint(),
                        q.required(),
                        q.appliesTo(),
                        q.relevant(),
                        q.constraint(),
                        q.commitment(),
                        q.publish(),
                        null))
            .toList();
    return new SurveySchema(
        schema.survey(),
        schema.version(),
        schema.round(),
        schema.title(),
        schema.languages(),
        schema.framework(),
        schema.groups(),
        schema.sections(),
        schema.choiceLists(),
        questions,
        List.of());
  }

  /** Reads a form; the version comes from its settings, else 1. */
  public static XlsFormImport read(Path file) {
    return read(file, 0);
  }

  /**
   * Reads a form into a schema with notes on what could not be mapped.
   *
   * @param version the version to use when the form's settings have no whole-number version (0 for
   *     1)
   * @throws XlsFormException when the file is not a form Stocktake can read; the message starts
   *     with the file name
   */
  public static XlsFormImport read(Path file, int version) {
    String display = file.toString();
    List<RawSheet> sheets =
        switch (extension(file)) {
          case "xlsx" -> XlsxSheets.read(file, display);
          case "csv" -> FlatSheets.readCsv(file, display);
          case "md" -> FlatSheets.readMarkdown(file, display);
          case "json" -> KoboAssetSheets.read(file, display);
          case "xls" ->
              throw FormErrors.file(
                  display, "the old binary .xls format is not read; save the form as .xlsx", null);
          default ->
              throw FormErrors.file(
                  display,
                  "not an XLSForm file: Stocktake reads .xlsx, pyxform .csv and .md, and"
                      + " KoboToolbox asset .json",
                  null);
        };
    String stem = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
    return new FormImporter(display, stem, version).read(sheets);
  }

  /**
   * Writes {@code schema} as an XLSForm: {@code .xlsx}, or pyxform's one-file {@code .csv}.
   *
   * @return the counts and every field that XLSForm could not carry
   * @throws XlsFormException when the schema cannot be written as a form or the file not written
   */
  public static XlsFormExport write(SurveySchema schema, Path out) {
    String display = out.toString();
    String refusal = FormExporter.refusal(schema);
    if (refusal != null) {
      throw FormErrors.file(display, "cannot write the form: " + refusal, null);
    }
    FormExporter exporter = new FormExporter(schema);
    List<RawSheet> sheets = exporter.sheets();
    try {
      switch (extension(out)) {
        case "xlsx" -> FormWriters.writeXlsx(sheets, out);
        case "csv" -> FormWriters.writeCsv(sheets, out);
        default ->
            throw FormErrors.file(
                display, "name the form .xlsx or .csv (pyxform's one-file layout)", null);
      }
    } catch (NoSuchFileException e) {
      throw FormErrors.file(
          display,
          "cannot be written: folder " + out.toAbsolutePath().getParent() + " does not exist",
          e);
    } catch (AccessDeniedException e) {
      throw FormErrors.file(display, "cannot be written: permission denied", e);
    } catch (IOException e) {
      throw FormErrors.file(display, "cannot be written: " + e.getMessage(), e);
    }
    return exporter.report();
  }

  private static String extension(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
