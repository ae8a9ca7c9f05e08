package io.distconnect.planning.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The watched drop folder for flat-file exports. Files named {@code <cycle>.csv} or {@code
 * <cycle>__<anything>.csv} are claimed, processed once and moved to {@code processed/} or {@code
 * failed/} next to a {@code .report.json}.
 */
@ConfigMapping(prefix = "distconnect.planning.drop-folder")
public interface DropFolderConfig {

  /** The folder to watch; the watcher is off when it is not set. */
  Optional<Path> path();

  /** How often the folder is scanned. */
  @WithDefault("5s")
  Duration pollInterval();

  /** How long a file must be left unchanged before it is taken, so half-written files wait. */
  @WithDefault("2s")
  Duration minAge();

  /** The CSV mapping (see {@link CsvMappingConfig}) of the files in the folder. */
  @WithDefault("default")
  String mapping();
}
