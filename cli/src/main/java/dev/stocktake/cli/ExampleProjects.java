package dev.stocktake.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The example consultation projects shipped inside the CLI jar (from the repository's examples/).
 */
public final class ExampleProjects {
  /** The example `stocktake demo` and `stocktake generate` use. */
  public static final String CHRISTCHURCH_CALL = "christchurch-call-consultation";

  private ExampleProjects() {}

  /**
   * Copies example {@code name} into {@code target}, skipping relative paths that {@code skip}
   * accepts (e.g. its generated rounds).
   */
  public static void copy(String name, Path target, Predicate<Path> skip) {
    URL marker = ExampleProjects.class.getResource("/examples/" + name + "/stocktake.yaml");
    if (marker == null) {
      throw new IllegalStateException(
          "the example \"" + name + "\" is not in this build of stocktake");
    }
    try {
      URI uri = marker.toURI();
      if (uri.getScheme().equals("jar")) {
        try (FileSystem jar = jarFileSystem(uri)) {
          copyTree(jar.getPath("/examples", name), target, skip);
        }
      } else {
        copyTree(Path.of(uri).getParent(), target, skip);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy the example to " + target, e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static FileSystem jarFileSystem(URI uri) throws IOException {
    try {
      FileSystems.getFileSystem(uri);
      throw new IllegalStateException("the jar file system is already open");
    } catch (FileSystemNotFoundException e) {
      return FileSystems.newFileSystem(uri, Map.of());
    }
  }

  /** Copies every file under {@code source} to {@code target}, in a stable order. */
  public static void copyTree(Path source, Path target, Predicate<Path> skip) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(source)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path file : files) {
      Path relative = source.relativize(file);
      if (skip.test(relative)) {
        continue;
      }
      Path destination = target.resolve(relative.toString());
      Files.createDirectories(destination.getParent());
      Files.copy(file, destination);
    }
  }
}
