package io.distconnect.planning.api;

import io.distconnect.planning.domain.ForecastView;
import io.distconnect.planning.domain.RevisionView;
import io.distconnect.planning.persistence.ForecastQueries;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The current forecast and the history of its buckets. */
@Path("/api/v1/forecasts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Forecasts")
@RolesAllowed({Roles.PLANNER, Roles.BUYER, Roles.SERVICE, Roles.INTEGRATION_ADMIN})
public class ForecastResource {

  private final ForecastQueries queries;

  public ForecastResource(ForecastQueries queries) {
    this.queries = queries;
  }

  @GET
  @Operation(
      summary = "Current version of a cycle (default: the most recently published cycle)",
      description = "Buckets overlapping [from, to]; quantities in the item's base unit.")
  public Uni<PageResponse<ForecastView>> current(
      @QueryParam("cycle") String cycle,
      @QueryParam("item") String item,
      @QueryParam("location") String location,
      @QueryParam("from") LocalDate from,
      @QueryParam("to") LocalDate to,
      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
    Uni<String> resolved =
        cycle == null || cycle.isBlank() ? queries.latestCycle() : Uni.createFrom().item(cycle);
    return resolved.flatMap(
        c ->
            c == null
                ? Uni.createFrom().item(new PageResponse<>(List.<ForecastView>of(), page, size, 0))
                : queries
                    .current(c, item, location, from, to, page, size)
                    .map(p -> new PageResponse<>(p.items(), page, size, p.total())));
  }

  @GET
  @Path("/{item}/{location}/history")
  @Operation(
      summary = "Every change of an item's buckets at a location, newest first",
      description = "Published and noise revisions alike, with old and new quantity and deltas.")
  public Uni<PageResponse<RevisionView>> history(
      @PathParam("item") String item,
      @PathParam("location") String location,
      @QueryParam("cycle") String cycle,
      @QueryParam("from") LocalDate from,
      @QueryParam("to") LocalDate to,
      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
    return queries
        .history(item, location, cycle, from, to, page, size)
        .map(p -> new PageResponse<>(p.items(), page, size, p.total()));
  }
}
