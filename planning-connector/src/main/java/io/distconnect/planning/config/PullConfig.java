package io.distconnect.planning.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * The planning platform adapter: {@code embedded} (publications are pushed to this service) or
 * {@code pull} (this service fetches CSV exports from the platform's URL).
 */
@ConfigMapping(prefix = "distconnect.planning.platform")
public interface PullConfig {

  /** {@code embedded} or {@code pull}. */
  @WithDefault("embedded")
  String adapter();

  /** The pull adapter's export URL; {@code {cycle}} is replaced by the planning cycle id. */
  Optional<String> exportUrl();

  /** Bearer token for the export URL (from a Secret), if the platform needs one. */
  Optional<String> token();

  /** The CSV mapping of the platform's exports. */
  @WithDefault("default")
  String mapping();
}
