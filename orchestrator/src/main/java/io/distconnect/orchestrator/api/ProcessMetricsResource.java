package io.distconnect.orchestrator.api;

import io.distconnect.orchestrator.persistence.ProcessMetricsQuery;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Per process domain the count, p50/p95 latency, failure rate and open exceptions, plus the ROI
 * figures (forecast-to-PO cycle time, supplier acknowledgment latency, manual exception volume, PO
 * status agreement between ERP and procurement, integration failure rate) over a window. The same
 * figures are exported to Prometheus as {@code distconnect_case_step_duration_seconds} etc.
 */
@Path("/api/v1/process-metrics")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PLANNER, Roles.BUYER, Roles.INTEGRATION_ADMIN, Roles.SERVICE})
public class ProcessMetricsResource {

  private final ProcessMetricsQuery query;

  public ProcessMetricsResource(ProcessMetricsQuery query) {
    this.query = query;
  }

  @GET
  @Operation(summary = "Process and ROI figures over a window (ISO-8601 duration, default P30D)")
  public Uni<ProcessMetricsQuery.Figures> figures(
      @QueryParam("window") @DefaultValue("P30D") String window) {
    Duration d;
    try {
      d = Duration.parse(window);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "window must be an ISO-8601 duration such as P30D: " + window);
    }
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException("window must be positive: " + window);
    }
    return query.figures(Instant.now().minus(d));
  }
}
