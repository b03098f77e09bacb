package dev.stocktake.cli.report;

import dev.stocktake.etl.clearance.RespondentAnswersJob;
import dev.stocktake.reports.clearance.ClearanceDocument;
import dev.stocktake.reports.input.Clearances;
import dev.stocktake.reports.model.Labels;
import dev.stocktake.schema.clearance.ClearanceDecision;
import dev.stocktake.schema.clearance.ClearanceDecision.Decision;
import dev.stocktake.schema.clearance.ClearanceFile;
import dev.stocktake.schema.clearance.Consent;
import dev.stocktake.schema.clearance.RespondentAnswers;
import dev.stocktake.schema.project.Project;
import dev.stocktake.schema.project.RoundConfig;
import dev.stocktake.translations.Catalog;
import dev.stocktake.translations.LabelOverrides;
import dev.stocktake.translations.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.spark.sql.SparkSession;

/**
 * The clearance part of {@code stocktake report}: writes {@code report/clearance/<respondent>.html}
 * for every respondent of the newest round who is in its roster — their own answers, in their
 * language, saying what would be published and how. These documents name respondents and hold
 * unpublished answers: they are confidential and never to be published.
 */
public final class ClearanceStage {
  /**
   * Roster ids kept as they are in file names; any other id is made safe (see {@link #fileName}).
   */
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

  private static final int KEPT_CHARACTERS = 60;

  /**
   * What the stage wrote, for the report's data notes.
   *
   * @param documents how many clearance documents were written
   * @param byConsent documents per consent state of their respondent (every state, zeros too)
   * @param byDecision decisions of the round's clearance.csv per kind (every kind, zeros too)
   */
  public record Summary(
      String round,
      int documents,
      Map<Consent, Integer> byConsent,
      Map<Decision, Integer> byDecision) {
    public Summary {
      byConsent = Collections.unmodifiableMap(new EnumMap<>(byConsent));
      byDecision = Collections.unmodifiableMap(new EnumMap<>(byDecision));
    }
  }

  private ClearanceStage() {}

  /**
   * The newest round's respondents with their consent and answers, and the round's clearance
   * decisions: what both the clearance documents and the report's quotes obey.
   *
   * @param out the output folder the ingest wrote answers/ and respondents/ to
   * @param environment looks up environment variables (the pseudonymisation key variable)
   */
  public static Clearances collect(
      SparkSession spark, Project project, Path out, Function<String, String> environment) {
    List<RoundConfig> rounds = project.config().rounds();
    if (rounds.isEmpty()) {
      return Clearances.none();
    }
    String round = rounds.get(rounds.size() - 1).id();
    return new Clearances(
        RespondentAnswersJob.collect(spark, project, out, environment),
        ClearanceFile.read(project, round));
  }

  /**
   * Writes one document per respondent under {@code staging/report/clearance/}.
   *
   * @param staging the report's staging folder, which the caller commits
   */
  public static Summary write(
      Project project,
      Clearances clearances,
      Path staging,
      Catalog catalog,
      LabelOverrides overrides) {
    List<RoundConfig> rounds = project.config().rounds();
    String round = rounds.isEmpty() ? "" : rounds.get(rounds.size() - 1).id();
    List<ClearanceDecision> decisions = clearances.decisions();
    List<RespondentAnswers> respondents = clearances.respondents();
    Path folder = staging.resolve("report").resolve("clearance");
    Map<Consent, Integer> byConsent = new EnumMap<>(Consent.class);
    for (Consent c : Consent.values()) {
      byConsent.put(c, 0);
    }
    Map<Decision, Integer> byDecision = new EnumMap<>(Decision.class);
    for (Decision d : Decision.values()) {
      byDecision.put(d, 0);
    }
    decisions.forEach(d -> byDecision.merge(d.decision(), 1, Integer::sum));
    int threshold = project.config().confidentiality().threshold();
    try {
      Files.createDirectories(folder);
      for (RespondentAnswers respondent : respondents) {
        String language = languageFor(respondent.language(), project, catalog);
        Messages messages = catalog.messages(language);
        Labels labels = Labels.of(project, language, messages, overrides);
        String html = ClearanceDocument.render(respondent, decisions, threshold, labels, messages);
        Path file = folder.resolve(fileName(respondent.respondent()));
        if (Files.exists(file)) {
          throw new IllegalStateException("two respondents would share the file " + file);
        }
        Files.writeString(file, html, StandardCharsets.UTF_8);
        byConsent.merge(respondent.consent(), 1, Integer::sum);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not write clearance documents to " + folder, e);
    }
    return new Summary(round, respondents.size(), byConsent, byDecision);
  }

  /**
   * The respondent's language if Stocktake (or the project's translations) has messages for it,
   * else the project's source language.
   */
  static String languageFor(String roster, Project project, Catalog catalog) {
    String primary = roster == null ? "" : roster.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
    return catalog.languages().contains(primary) ? primary : project.config().sourceLanguage();
  }

  /**
   * The file name of a respondent's document: {@code <id>.html} when the roster id is 1 to 100
   * letters, digits, dots, hyphens and underscores starting with a letter or digit; otherwise
   * {@code _<safe>-<hash>.html}, where every other character of the id becomes {@code _}, the
   * result is cut to 60 characters, and the hash is the first 8 hex digits of the id's SHA-256, so
   * that different ids never share a file (the leading {@code _} keeps them apart from kept ids).
   */
  static String fileName(String rosterId) {
    if (SAFE.matcher(rosterId).matches()) {
      return rosterId + ".html";
    }
    String safe = rosterId.replaceAll("[^A-Za-z0-9._-]", "_");
    if (safe.length() > KEPT_CHARACTERS) {
      safe = safe.substring(0, KEPT_CHARACTERS);
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(rosterId.getBytes(StandardCharsets.UTF_8));
      return "_" + safe + "-" + HexFormat.of().formatHex(digest, 0, 4) + ".html";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available in this Java runtime", e);
    }
  }
}
