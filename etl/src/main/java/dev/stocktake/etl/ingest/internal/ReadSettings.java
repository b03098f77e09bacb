package dev.stocktake.etl.ingest.internal;

import dev.stocktake.etl.ingest.ExportFormat;
import dev.stocktake.schema.project.ProjectConfig;
import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How a project's response files are read: the survey tool's export format, the project's column
 * mapping (which wins over the format's conventions), and the group of submissions in a file
 * without a group column.
 *
 * @param defaultGroup the group for files without a group column; null to require the column
 */
public record ReadSettings(ExportFormat format, Map<String, String> columns, String defaultGroup)
    implements Serializable {

  public ReadSettings {
    Objects.requireNonNull(format, "format");
    columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
  }

  /** The settings stocktake.yaml gives. */
  public static ReadSettings of(ProjectConfig config) {
    return new ReadSettings(
        ExportFormat.of(config.format()), config.columns(), config.defaultGroup());
  }
}
