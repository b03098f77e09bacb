package dev.stocktake.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of the shipped example in a test's folder, with or without a pseudonymisation key. */
public final class ExampleCopy {
  static final Path EXAMPLE = Path.of("../examples/christchurch-call-consultation");

  private ExampleCopy() {}

  public static Path in(Path folder, boolean withKey) throws IOException {
    Path project = folder.resolve("project");
    try (Stream<Path> walk = Files.walk(EXAMPLE)) {
      for (Path p : walk.toList()) {
        Path target = project.resolve(EXAMPLE.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    if (withKey) {
      Files.createDirectories(project.resolve(".secrets"));
      Files.writeString(
          project.resolve(".secrets/pseudonymisation.key"), "a-test-key-that-is-long-enough\n");
    }
    return project;
  }
}
