package dev.stocktake.etl.io;

import dev.stocktake.etl.EtlException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Replaces a stage's outputs in an output folder as one step. A stage writes into a staging folder
 * beside the outputs; {@link #commit} then records what it is about to replace in a journal, moves
 * each new entry over the old one and removes the journal. A crash while writing leaves the old
 * outputs untouched; a crash during the moves is finished by the next run of any stage ({@link
 * #finishInterruptedCommits}), so readers never see half an output.
 */
public final class OutputFolder {
  // The journal of a stage's commit: ".<stage>-commit".
  private static final Pattern JOURNAL = Pattern.compile("\\.(.+)-commit");

  private final Path out;
  private final String stage;
  private final Path staging;

  private OutputFolder(Path out, String stage) {
    this.out = out;
    this.stage = stage;
    this.staging = out.resolve("." + stage + "-staging");
  }

  /** Prepares {@code out} for {@code stage}: finishes interrupted commits, clears staging. */
  public static OutputFolder open(Path out, String stage) {
    OutputFolder folder = new OutputFolder(out, stage);
    try {
      Files.createDirectories(out);
      finishInterruptedCommits(out);
      folder.recover();
      deleteTree(folder.staging);
      Files.createDirectories(folder.staging);
    } catch (IOException e) {
      throw new EtlException(
          "cannot write to the output folder "
              + out
              + ": "
              + e.getMessage()
              + "; choose another with --out",
          e);
    }
    return folder;
  }

  /** Where the stage writes its new outputs before {@link #commit}. */
  public Path staging() {
    return staging;
  }

  private Path journal() {
    return out.resolve("." + stage + "-commit");
  }

  /** Moves the staged {@code entries} over the outputs of the same names. */
  public void commit(List<String> entries) {
    try {
      Path pending = out.resolve("." + stage + "-commit.tmp");
      Files.writeString(pending, String.join("\n", entries) + "\n", StandardCharsets.UTF_8);
      move(pending, journal());
      finish(entries);
    } catch (IOException e) {
      throw new UncheckedIOException("could not replace the outputs in " + out, e);
    }
  }

  /**
   * Completes the commit of every stage a crash interrupted in {@code out}, so that a stage reading
   * another's outputs (compare reads the ingest's, report both) reads all of the new ones, not some
   * new and some old, nor finds one missing. Stages call it before they read.
   */
  public static void finishInterruptedCommits(Path out) {
    if (!Files.isDirectory(out)) {
      return;
    }
    try (Stream<Path> entries = Files.list(out)) {
      for (Path entry : entries.toList()) {
        Matcher journal = JOURNAL.matcher(entry.getFileName().toString());
        if (journal.matches()) {
          new OutputFolder(out, journal.group(1)).recover();
        }
      }
    } catch (IOException e) {
      throw new EtlException(
          "cannot finish the interrupted commit in the output folder "
              + out
              + ": "
              + e.getMessage()
              + "; check its permissions, or choose another with --out",
          e);
    }
  }

  /** Completes a commit a crash interrupted, if its journal is there. */
  private void recover() throws IOException {
    if (Files.exists(journal())) {
      finish(Files.readAllLines(journal(), StandardCharsets.UTF_8));
    }
    Files.deleteIfExists(out.resolve("." + stage + "-commit.tmp"));
  }

  private void finish(List<String> entries) throws IOException {
    for (String entry : entries) {
      if (entry.isBlank()) {
        continue;
      }
      Path staged = staging.resolve(entry);
      Path target = out.resolve(entry);
      Path old = out.resolve("." + stage + "-old-" + entry);
      if (Files.exists(staged)) {
        if (Files.exists(target)) {
          deleteTree(old);
          move(target, old);
        }
        move(staged, target);
      }
      // Either moved just now or before a crash: the previous output is no longer needed.
      deleteTree(old);
    }
    Files.deleteIfExists(journal());
    deleteTree(staging);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Removes a file or folder tree if it exists. */
  public static void deleteTree(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    Files.walkFileTree(
        path,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
