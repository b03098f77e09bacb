package dev.stocktake.etl.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stocktake.etl.EtlException;
import dev.stocktake.schema.project.Confidentiality;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PseudonymKeyTest {
  @TempDir Path project;

  private static final String KEY = "a-secret-key-of-32-characters!!!";

  @Test
  void theEnvironmentVariableComesFirst() throws Exception {
    Files.writeString(project.resolve("key"), "another-key-from-the-file-000000");
    Pseudonymiser fromEnv =
        PseudonymKey.resolve(
            new Confidentiality(null, "STOCKTAKE_KEY", "key", null),
            project,
            Edition.PUBLIC,
            Map.of("STOCKTAKE_KEY", KEY)::get);
    Pseudonymiser fromFile =
        PseudonymKey.resolve(
            new Confidentiality(null, "STOCKTAKE_KEY", "key", null),
            project,
            Edition.PUBLIC,
            Map.<String, String>of()::get);
    assertNotEquals(fromEnv.pseudonym("org-0001"), fromFile.pseudonym("org-0001"));
  }

  @Test
  void pseudonymsAreStableUnderOneKeyAndDifferUnderAnother() {
    Pseudonymiser a = new Pseudonymiser(KEY.getBytes());
    assertEquals(a.pseudonym("org-0001"), new Pseudonymiser(KEY.getBytes()).pseudonym("org-0001"));
    assertEquals(32, a.pseudonym("org-0001").length());
    assertNotEquals(a.pseudonym("org-0001"), a.pseudonym("org-0002"));
    assertNotEquals(
        a.pseudonym("org-0001"), new Pseudonymiser((KEY + "x").getBytes()).pseudonym("org-0001"));
  }

  @Test
  void aMissingKeyIsAClearErrorForThePublicEdition() {
    EtlException e =
        assertThrows(
            EtlException.class,
            () ->
                PseudonymKey.resolve(
                    new Confidentiality(null, "STOCKTAKE_KEY", null, null),
                    project,
                    Edition.PUBLIC,
                    Map.<String, String>of()::get));
    assertTrue(
        e.getMessage()
            .startsWith(
                "the public edition pseudonymises respondent ids with a secret key, and none was"
                    + " found: set STOCKTAKE_KEY"),
        e.getMessage());
  }

  @Test
  void aShortKeyIsRefused() {
    EtlException e =
        assertThrows(
            EtlException.class,
            () ->
                PseudonymKey.resolve(
                    new Confidentiality(null, "K", null, null),
                    project,
                    Edition.PUBLIC,
                    Map.of("K", "short")::get));
    assertTrue(e.getMessage().contains("too short"), e.getMessage());
  }

  @Test
  void onlyTheCommunityEditionMayKeepRawIdsAndOnlyWhenAsked() {
    Confidentiality rawIds = new Confidentiality(null, null, null, true);
    assertTrue(PseudonymKey.resolve(rawIds, project, Edition.COMMUNITY, k -> null).keepsRawIds());
    assertThrows(
        EtlException.class, () -> PseudonymKey.resolve(rawIds, project, Edition.PUBLIC, k -> null));
  }
}
