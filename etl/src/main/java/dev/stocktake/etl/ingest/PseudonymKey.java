package dev.stocktake.etl.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stocktake.etl.EtlException;
import dev.stocktake.schema.project.Confidentiality;
import dev.stocktake.schema.project.Project;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Function;

/**
 * Finds the pseudonymisation key a project names in {@code stocktake.yaml}: the environment
 * variable {@code pseudonymisation_key_env} first, then the file {@code pseudonymisation_key_file}
 * (relative to the project). Only a community edition whose project sets {@code community_raw_ids:
 * true} may go without one.
 */
public final class PseudonymKey {
  private PseudonymKey() {}

  /**
   * The pseudonymiser for an edition of the project in {@code folder}; {@code environment} looks up
   * environment variables (System::getenv in the command line).
   */
  public static Pseudonymiser resolve(
      Confidentiality settings,
      Path folder,
      Edition edition,
      Function<String, String> environment) {
    if (edition == Edition.COMMUNITY && settings.keepsRawIdsInCommunityEdition()) {
      return new Pseudonymiser(null);
    }
    String variable = settings.pseudonymisationKeyEnv();
    if (variable != null) {
      String value = environment.apply(variable);
      if (value != null && !value.isBlank()) {
        return checked(value.strip().getBytes(StandardCharsets.UTF_8), "$" + variable);
      }
    }
    String file = settings.pseudonymisationKeyFile();
    if (file != null) {
      Path path = folder.resolve(file);
      if (Files.isRegularFile(path)) {
        try {
          String text = Files.readString(path, StandardCharsets.UTF_8).strip();
          return checked(text.getBytes(StandardCharsets.UTF_8), path.toString());
        } catch (IOException e) {
          throw new EtlException("cannot read the pseudonymisation key " + path + ": " + e, e);
        }
      }
    }
    throw new EtlException(missing(settings, folder, edition));
  }

  private static Pseudonymiser checked(byte[] key, String where) {
    if (key.length < Pseudonymiser.MIN_KEY_BYTES) {
      Arrays.fill(key, (byte) 0);
      throw new EtlException(
          "the pseudonymisation key in "
              + where
              + " is too short: use at least "
              + Pseudonymiser.MIN_KEY_BYTES
              + " characters, e.g. the output of: head -c 32 /dev/urandom | base64");
    }
    return new Pseudonymiser(key);
  }

  private static String missing(Confidentiality settings, Path folder, Edition edition) {
    String why =
        "the "
            + edition.id()
            + " edition pseudonymises respondent ids with a secret key, and none was found: ";
    String env = settings.pseudonymisationKeyEnv();
    String file = settings.pseudonymisationKeyFile();
    if (env == null && file == null) {
      return why
          + "stocktake.yaml names none. Add confidentiality: {pseudonymisation_key_env:"
          + " STOCKTAKE_KEY} and set that variable, e.g. export STOCKTAKE_KEY=$(head -c 32"
          + " /dev/urandom | base64)";
    }
    StringBuilder fix = new StringBuilder(why);
    if (env != null) {
      fix.append("set ")
          .append(env)
          .append(", e.g. export ")
          .append(env)
          .append("=$(head -c 32 /dev/urandom | base64)");
    }
    if (file != null) {
      fix.append(env != null ? ", or " : "")
          .append("write the key to ")
          .append(folder.resolve(file))
          .append(" (keep it out of version control)");
    }
    return fix.toString();
  }

  /**
   * The pseudonymiser the ingest into {@code out} keyed respondents with: for the edition its
   * {@code reconciliation.json} records, with the key stocktake.yaml names now.
   */
  public static Pseudonymiser ofIngest(
      Project project, Path out, Function<String, String> environment) {
    return resolve(
        project.config().confidentiality(),
        project.folder(),
        ingestedEdition(out, project),
        environment);
  }

  /** The edition {@code reconciliation.json} in {@code out} says the ingest wrote. */
  public static Edition ingestedEdition(Path out, Project project) {
    Path file = out.resolve("reconciliation.json");
    if (!Files.isRegularFile(file)) {
      throw new EtlException(
          "no ingested answers in "
              + out
              + ": run stocktake ingest "
              + project.folder()
              + " first (with the same --out)");
    }
    try {
      JsonNode edition = new ObjectMapper().readTree(file.toFile()).path("edition");
      for (Edition e : Edition.values()) {
        if (e.id().equals(edition.asText())) {
          return e;
        }
      }
      throw new EtlException(
          file
              + ": edition \""
              + edition.asText()
              + "\" is neither public nor community; run stocktake ingest again");
    } catch (IOException e) {
      throw new EtlException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
