package dev.stocktake.etl.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stocktake.etl.EtlException;
import dev.stocktake.etl.SharedSpark;
import dev.stocktake.etl.ingest.internal.SubmissionChecker;
import dev.stocktake.schema.project.Project;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * quarantine.csv in the two editions of {@code ingest/confidential-quarantine/}, whose rejected
 * answers and rows hold what the public edition withholds: answers its clearance.csv marks redacted
 * (a number above the maximum, a published reference that fails its pattern), unpublished answers
 * (a choice that is no code, free text over max_length), and whole records (a field too many, a
 * lone CR, a JSON-lines array). Every such value holds {@code SECRET} or {@code 9876543}.
 */
class QuarantineEditionsTest {
  static final Path PROJECT = Path.of("src/test/resources/ingest/confidential-quarantine");
  static final byte[] KEY = "quarantine-test-key-0123456789ab".getBytes(StandardCharsets.UTF_8);
  static final List<String> SECRETS = List.of("SECRET", "9876543");
  static final List<String> RAW_IDS =
      List.of("gov-001", "cso-014", "gov-002", "cso-020", "ngo-001", "gov-003", "gov-004");
  static final List<String> ROSTER_NAMES = List.of("Ana Example", "Ben Example");

  /** The answers and rows of the fixture that hold a value to withhold. */
  static final int SECRET_ROWS = 7;

  static final int FILE = 1, LINE = 2, RESPONDENT = 3, QUESTION = 4, REASON = 5, MESSAGE = 6;
  static final int RAW = 7;

  @TempDir Path work;

  @Test
  void thePublicQuarantineKeepsEveryRowAndNoWithheldValue() throws Exception {
    Reconciliation community = ingest(Edition.COMMUNITY, new Pseudonymiser(KEY));
    Reconciliation published = ingest(Edition.PUBLIC, new Pseudonymiser(KEY));
    List<String[]> kept = IngestCorpusTest.readCsv(quarantine(Edition.COMMUNITY));
    List<String[]> withheld = IngestCorpusTest.readCsv(quarantine(Edition.PUBLIC));
    String publicText = Files.readString(quarantine(Edition.PUBLIC), StandardCharsets.UTF_8);

    // Counts: the same rows set aside, for the same reasons, in both editions.
    assertTrue(published.reconciled(), "reconciled: " + published.totals());
    assertEquals(community.totals(), published.totals());
    assertEquals(new Reconciliation.Counts(7, 2, 5, 0, 5, 4), published.totals());
    assertEquals(kept.size(), withheld.size(), "quarantine.csv rows");
    long rowRecords =
        withheld.stream().filter(r -> Reason.ofCode(r[REASON]).level() == Reason.Level.ROW).count();
    assertEquals(published.totals().quarantined(), rowRecords, "one record per quarantined row");

    // Community: every value is kept, as given.
    long secretRows =
        kept.stream().filter(r -> SECRETS.stream().anyMatch(s -> r[RAW].contains(s))).count();
    assertEquals(SECRET_ROWS, secretRows, "community rows with a secret raw value");

    // Public: not one of them, nor a raw id or a roster name, anywhere in the file.
    for (String s : concat(SECRETS, RAW_IDS, ROSTER_NAMES)) {
      assertFalse(publicText.contains(s), "public quarantine.csv holds " + s);
    }
    int markers = 0;
    for (int i = 0; i < kept.size(); i++) {
      String[] c = kept.get(i);
      String[] p = withheld.get(i);
      for (int column : new int[] {FILE, LINE, RESPONDENT, QUESTION, REASON}) {
        assertEquals(c[column], p[column], "column " + column + " of " + Arrays.toString(p));
      }
      if (p[RAW].equals(SubmissionChecker.WITHHELD)) {
        markers++;
        assertTrue(
            SECRETS.stream().anyMatch(s -> c[RAW].contains(s)), "withheld: " + Arrays.toString(c));
        // A message that would quote the value says what the reason means instead.
        String meaning = Reason.ofCode(p[REASON]).meaning();
        assertTrue(p[MESSAGE].equals(c[MESSAGE]) || p[MESSAGE].equals(meaning), p[MESSAGE]);
      } else {
        assertEquals(c[RAW], p[RAW], "shown as given: " + Arrays.toString(p));
        assertEquals(c[MESSAGE], p[MESSAGE]);
      }
      assertTrue(
          p[RESPONDENT].isEmpty() || p[RESPONDENT].matches("[0-9a-f]{32}"),
          "respondent is a pseudonym: " + p[RESPONDENT]);
    }
    assertEquals(SECRET_ROWS, markers, "raw values withheld in public");
    // The one field of a row reason that names one, an unknown group, is shown in both.
    assertTrue(
        withheld.stream()
            .anyMatch(r -> r[REASON].equals("unknown_group") && r[RAW].equals("media")));
    System.out.println(
        "QuarantineEditionsTest: "
            + published.totals().rowsRead()
            + " rows read, "
            + withheld.size()
            + " quarantine.csv rows in each edition, "
            + secretRows
            + " with a confidential raw value in community, "
            + markers
            + " withheld in public, 0 secrets or raw ids left in public");
  }

  @Test
  void thePublicEditionRefusesAPseudonymiserThatKeepsRawIds() {
    EtlException e =
        assertThrows(EtlException.class, () -> ingest(Edition.PUBLIC, new Pseudonymiser(null)));
    assertEquals(
        "the public edition pseudonymises respondent ids and was given no key; resolve one with"
            + " PseudonymKey.resolve, or ingest the community edition",
        e.getMessage());
    assertFalse(Files.exists(work.resolve(Edition.PUBLIC.id())), "nothing written");
  }

  private Reconciliation ingest(Edition edition, Pseudonymiser pseudonymiser) {
    return Ingest.run(
        SharedSpark.session(),
        Project.load(PROJECT),
        new Ingest.Options(work.resolve(edition.id()), edition, pseudonymiser),
        progress -> {});
  }

  private Path quarantine(Edition edition) {
    return work.resolve(edition.id()).resolve("quarantine.csv");
  }

  @SafeVarargs
  private static List<String> concat(List<String>... lists) {
    return Arrays.stream(lists).flatMap(List::stream).toList();
  }
}
