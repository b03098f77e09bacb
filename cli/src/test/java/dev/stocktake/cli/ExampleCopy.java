package dev.stocktake.cli;

import java.io.IOException;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of the shipped example in a test's folder, with or without a pseudonymisation key. */
public final class ExampleCopy {
  static final Path EXAMPLE = Path.of("../examples/christchurch-call-consultation");

  private ExampleCopy() {}

  public static Path in(Path folder, boolean withKey) throws IOException {
    Path project = folder.resolve("project");
    copyTree(EXAMPLE, project);
    if (withKey) {
      Files.createDirectories(project.resolve(".secrets"));
      Files.writeString(
          project.resolve(".secrets/pseudonymisation.key"), "a-test-key-that-is-long-enough\n");
    }
    return project;
  }

  /** Copies every folder and file under {@code from} to the same place under {@code to}. */
  public static void copyTree(Path from, Path to, CopyOption... options) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, options);
        }
      }
    }
  }
}
