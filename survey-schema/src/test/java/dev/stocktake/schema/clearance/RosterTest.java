package dev.stocktake.schema.clearance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stocktake.schema.SchemaException;
import dev.stocktake.schema.project.Project;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RosterTest {
  @TempDir Path temp;

  @Test
  void readsEveryEntryWithItsLineAndABlankConsentAsPending() throws Exception {
    Project project = TinyProject.in(temp, TinyProject.ROSTER);
    List<RosterEntry> roster = Roster.read(project, "2022");
    assertEquals(
        new RosterEntry(
            2,
            "org-1",
            "Kia Ora Online, Ltd",
            "online_service_provider",
            "oceania_pacific",
            "New Zealand",
            "en",
            Consent.FULL),
        roster.get(0));
    assertEquals(Consent.PENDING, roster.get(1).consent());
    assertEquals(Consent.WITHHELD, roster.get(2).consent());
    assertEquals(List.of(), Roster.read(project, "2020"));
  }

  @Test
  void namesEveryUnknownConsentWordByLine() throws Exception {
    Project project =
        TinyProject.in(
            temp,
            """
            id,name,consent
            org-1,"A multi-line
            name",yes
            org-2,B,Full
            org-3,C,maybe later
            """);
    SchemaException e = assertThrows(SchemaException.class, () -> Roster.read(project, "2022"));
    assertEquals(
        """
        rounds/2022/roster.csv:2 consent: "yes" is not a consent state; use pending, full,\
         anonymous, withheld (a blank cell means pending)
        rounds/2022/roster.csv:5 consent: "maybe later" is not a consent state; use pending,\
         full, anonymous, withheld (a blank cell means pending)""",
        e.getMessage());
  }

  @Test
  void aRosterWithoutIdColumnSaysWhatTheHeaderMustName() throws Exception {
    Project project = TinyProject.in(temp, "name,consent\nA,full\n");
    SchemaException e = assertThrows(SchemaException.class, () -> Roster.read(project, "2022"));
    assertEquals(
        "rounds/2022/roster.csv:1 the header has no id; the first line must name the columns"
            + " id,name,group,region,country,language,consent",
        e.getMessage());
  }
}
