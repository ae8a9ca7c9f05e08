package io.distconnect.planning.adapter.embedded;

import io.distconnect.planning.domain.ConflictException;
import io.distconnect.planning.domain.PlanningPlatform;
import io.quarkus.arc.lookup.LookupUnlessProperty;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;

/** The default: the planning platform pushes its publications, there is nothing to pull. */
@ApplicationScoped
@LookupUnlessProperty(name = "distconnect.planning.platform.adapter", stringValue = "pull")
public class EmbeddedPlanningPlatform implements PlanningPlatform {

  @Override
  public String fetchExport(String cycleId, Path target) {
    throw new ConflictException(
        "The planning platform adapter is 'embedded': publications are pushed to"
            + " /api/v1/forecast-publications or the drop folder; set"
            + " distconnect.planning.platform.adapter=pull to fetch exports");
  }
}
