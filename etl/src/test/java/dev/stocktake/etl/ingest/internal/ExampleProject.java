package dev.stocktake.etl.ingest.internal;

import dev.stocktake.schema.project.Project;
import java.nio.file.Path;

/** The shipped example project, whose two schema versions exercise every lineage construct. */
final class ExampleProject {
  static final Path FOLDER = Path.of("../examples/christchurch-call-consultation");
  private static Project project;

  private ExampleProject() {}

  static synchronized Project load() {
    if (project == null) {
      project = Project.load(FOLDER);
    }
    return project;
  }

  static RoundRules rules(int version) {
    return RoundRules.of(load().schemas().get(version));
  }
}
