package dev.stocktake.etl.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {
  @TempDir Path out;

  @Test
  void commitReplacesEveryEntryAndLeavesNoStaging() throws Exception {
    Files.writeString(out.resolve("a.txt"), "old");
    Files.createDirectories(out.resolve("b"));
    Files.writeString(out.resolve("b/part"), "old");
    OutputFolder folder = OutputFolder.open(out, "stage");
    Files.writeString(folder.staging().resolve("a.txt"), "new");
    Files.createDirectories(folder.staging().resolve("b"));
    Files.writeString(folder.staging().resolve("b/other"), "new");
    folder.commit(List.of("a.txt", "b"));
    assertEquals("new", Files.readString(out.resolve("a.txt")));
    assertEquals(
        List.of("other"),
        Files.list(out.resolve("b")).map(p -> p.getFileName().toString()).toList());
    assertEquals(
        List.of("a.txt", "b"),
        Files.list(out).map(p -> p.getFileName().toString()).sorted().toList());
  }

  @Test
  void anUnfinishedWriteLeavesTheOldOutputsAndIsClearedNextTime() throws Exception {
    Files.writeString(out.resolve("a.txt"), "old");
    OutputFolder crashed = OutputFolder.open(out, "stage");
    Files.writeString(crashed.staging().resolve("a.txt"), "half");
    // the process dies here, before commit
    OutputFolder.open(out, "stage");
    assertEquals("old", Files.readString(out.resolve("a.txt")));
    assertEquals(List.of(), Files.list(out.resolve(".stage-staging")).toList());
  }

  @Test
  void aCommitInterruptedMidwayIsFinishedByTheNextRun() throws Exception {
    Files.writeString(out.resolve("a.txt"), "old a");
    Files.writeString(out.resolve("b.txt"), "old b");
    OutputFolder folder = OutputFolder.open(out, "stage");
    Files.writeString(folder.staging().resolve("a.txt"), "new a");
    Files.writeString(folder.staging().resolve("b.txt"), "new b");
    // the journal is written and a.txt moved, then the process dies
    Files.writeString(out.resolve(".stage-commit"), "a.txt\nb.txt\n");
    Files.move(out.resolve("a.txt"), out.resolve(".stage-old-a.txt"));
    Files.move(folder.staging().resolve("a.txt"), out.resolve("a.txt"));
    OutputFolder.open(out, "stage");
    assertEquals("new a", Files.readString(out.resolve("a.txt")));
    assertEquals("new b", Files.readString(out.resolve("b.txt")));
    assertFalse(Files.exists(out.resolve(".stage-commit")));
    assertFalse(Files.exists(out.resolve(".stage-old-a.txt")));
  }

  @Test
  void anInterruptedCommitIsFinishedBeforeAnotherStageReads() throws Exception {
    Files.writeString(out.resolve("a.txt"), "old a");
    Files.writeString(out.resolve("b.txt"), "old b");
    OutputFolder ingest = OutputFolder.open(out, "ingest");
    Files.writeString(ingest.staging().resolve("a.txt"), "new a");
    Files.writeString(ingest.staging().resolve("b.txt"), "new b");
    // the journal is written and the old a.txt moved aside, then the process dies: a reader now
    // finds no a.txt and the old b.txt
    Files.writeString(out.resolve(".ingest-commit"), "a.txt\nb.txt\n");
    Files.move(out.resolve("a.txt"), out.resolve(".ingest-old-a.txt"));
    OutputFolder.finishInterruptedCommits(out);
    assertEquals("new a", Files.readString(out.resolve("a.txt")));
    assertEquals("new b", Files.readString(out.resolve("b.txt")));
    assertEquals(
        List.of("a.txt", "b.txt"),
        Files.list(out).map(p -> p.getFileName().toString()).sorted().toList());
  }

  @Test
  void openingAStageFinishesAnotherStagesInterruptedCommit() throws Exception {
    Files.writeString(out.resolve("a.txt"), "old a");
    OutputFolder ingest = OutputFolder.open(out, "ingest");
    Files.writeString(ingest.staging().resolve("a.txt"), "new a");
    Files.writeString(out.resolve(".ingest-commit"), "a.txt\n");
    OutputFolder.open(out, "compare");
    assertEquals("new a", Files.readString(out.resolve("a.txt")));
    assertEquals(
        List.of(".compare-staging", "a.txt"),
        Files.list(out).map(p -> p.getFileName().toString()).sorted().toList());
  }
}
