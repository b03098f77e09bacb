package dev.stocktake.schema.clearance;

import dev.stocktake.schema.Examples;
import dev.stocktake.schema.project.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The example's settings, schemas and framework in a test folder, with a three-line roster. */
final class TinyProject {
  static final String ROSTER =
      """
      id,name,group,region,country,language,consent
      org-1,"Kia Ora Online, Ltd",online_service_provider,oceania_pacific,New Zealand,en,full
      org-2,Réseau Numérique,civil_society,europe,France,fr,
      org-3,Watchers,civil_society,europe,France,fr,withheld
      """;

  private TinyProject() {}

  static Project in(Path folder, String roster) throws IOException {
    for (String part : List.of("stocktake.yaml", "frameworks", "surveys")) {
      Path from = Examples.CCC.resolve(part);
      try (Stream<Path> walk = Files.walk(from)) {
        for (Path p : walk.toList()) {
          Path target = folder.resolve(Examples.CCC.relativize(p).toString());
          if (Files.isDirectory(p)) {
            Files.createDirectories(target);
          } else {
            Files.copy(p, target);
          }
        }
      }
    }
    Path round = Files.createDirectories(folder.resolve("rounds/2022"));
    Files.writeString(round.resolve("roster.csv"), roster);
    return Project.load(folder);
  }
}
