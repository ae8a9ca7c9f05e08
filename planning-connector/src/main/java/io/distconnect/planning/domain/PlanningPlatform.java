package io.distconnect.planning.domain;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The port toward the demand-planning platform for publications this service fetches itself. The
 * embedded adapter has nothing to fetch (its publications are pushed to the REST API and the drop
 * folder); the pull adapter downloads a CSV export over HTTP.
 */
public interface PlanningPlatform {

  /**
   * Downloads the current export of a planning cycle into {@code target}.
   *
   * @return the CSV mapping name of the export's layout
   * @throws UnsupportedOperationException when the platform only pushes
   */
  String fetchExport(String cycleId, Path target) throws IOException;
}
