package dev.stocktake.cli.report;

import dev.stocktake.etl.ingest.Edition;
import dev.stocktake.etl.io.OutputFolder;
import dev.stocktake.reports.html.IndexDocument;
import dev.stocktake.reports.input.Clearances;
import dev.stocktake.reports.input.ReportInputs;
import dev.stocktake.reports.model.Labels;
import dev.stocktake.reports.render.KeyFindingsDocument;
import dev.stocktake.reports.suppression.KeyFindingFilter;
import dev.stocktake.reports.suppression.ParticipationSuppression;
import dev.stocktake.reports.suppression.TestCells;
import dev.stocktake.reports.view.Link;
import dev.stocktake.schema.findings.Findings;
import dev.stocktake.schema.project.Project;
import dev.stocktake.translations.Catalog;
import dev.stocktake.translations.LabelOverrides;
import dev.stocktake.translations.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The report stage: {@code report/<lang>/index.html} and {@code key-findings.md} for every language
 * of the project, and {@code report/clearance/<respondent>.html} for every respondent of the newest
 * round, from the outputs of ingest and compare, committed atomically as one folder.
 */
public final class ReportStage {
  private ReportStage() {}

  /**
   * Writes the report of every language and the clearance documents; returns the index.html paths,
   * in project order.
   *
   * @param collect the respondents' consent and answers, asked for once the stage outputs are known
   *     to be there (it starts Spark)
   */
  public static List<Path> write(
      Project project,
      Path out,
      Edition edition,
      Supplier<Clearances> collect,
      PrintWriter stdout) {
    // An ingest or compare killed while it replaced its outputs is finished before they are read.
    OutputFolder.finishInterruptedCommits(out);
    ReportInputs inputs = ReportInputs.read(out);
    Clearances clearances = collect.get();
    Catalog catalog = Catalog.load(project.folder().resolve("translations"));
    LabelOverrides overrides = LabelOverrides.load(project.folder().resolve("translations"));
    OutputFolder folder = OutputFolder.open(out, "report");
    List<String> languages = project.config().languages();
    boolean publicEdition = edition == Edition.PUBLIC;
    int threshold = project.config().confidentiality().threshold();
    String sourceName =
        catalog
            .messages(project.config().sourceLanguage())
            .languageName(project.config().sourceLanguage());
    // key-findings.md states only what the edition's index.html states.
    Findings stated =
        publicEdition
            ? KeyFindingFilter.publicEdition(
                inputs.findings(),
                new ParticipationSuppression(
                    inputs.findings(), project.newestSchema().groupIds(), threshold),
                TestCells.of(inputs.distributions()),
                threshold)
            : inputs.findings();
    List<Path> written = new ArrayList<>();
    for (String language : languages) {
      Messages messages = catalog.messages(language);
      Labels labels = Labels.of(project, language, messages, overrides);
      List<Link> links = new ArrayList<>();
      for (String other : languages) {
        if (!other.equals(language)) {
          Messages theirs = catalog.messages(other);
          links.add(
              new Link(
                  "../" + other + "/index.html",
                  theirs.languageName(other),
                  other,
                  theirs.direction()));
        }
      }
      String html =
          IndexDocument.render(
              inputs,
              clearances,
              labels,
              messages,
              messages.languageName(project.config().sourceLanguage()),
              new IndexDocument.Settings(publicEdition, threshold, links));
      Path dir = folder.staging().resolve("report").resolve(language);
      write(dir.resolve("index.html"), html);
      write(dir.resolve("key-findings.md"), KeyFindingsDocument.render(stated, labels, messages));
      Path index = out.resolve("report").resolve(language).resolve("index.html");
      written.add(index);
      stdout.println(
          "report: "
              + language
              + ": "
              + index
              + (messages.draft() ? " (draft translation)" : "")
              + (labels.fallbacks().isEmpty()
                  ? ""
                  : " (" + labels.fallbacks().size() + " names shown in " + sourceName + ")"));
    }
    ClearanceStage.Summary cleared =
        ClearanceStage.write(project, clearances, folder.staging(), catalog, overrides);
    stdout.println(
        "report: clearance: "
            + cleared.documents()
            + " documents for the respondents of round "
            + cleared.round()
            + " to check, in "
            + out.resolve("report").resolve("clearance")
            + " (confidential: never publish them)");
    folder.commit(List.of("report"));
    stdout.flush();
    return written;
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + file, e);
    }
  }
}
