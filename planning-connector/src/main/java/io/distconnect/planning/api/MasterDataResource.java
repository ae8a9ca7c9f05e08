package io.distconnect.planning.api;

import io.distconnect.planning.adapter.pull.MasterDataSync;
import io.distconnect.planning.domain.NotFoundException;
import io.distconnect.planning.persistence.MasterDataQueries;
import io.distconnect.planning.persistence.MasterDataQueries.CachedItem;
import io.distconnect.planning.persistence.MasterDataQueries.CachedLocation;
import io.distconnect.planning.persistence.MasterDataRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Administration of the master-data cache that forecast rows are validated against: single items
 * and locations (for corrections and for environments without the ERP's events).
 */
@Path("/api/v1/master-data")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Master data")
@RolesAllowed(Roles.INTEGRATION_ADMIN)
public class MasterDataResource {

  private final MasterDataRepository repository;
  private final MasterDataQueries queries;
  private final MasterDataSync sync;

  public MasterDataResource(
      MasterDataRepository repository, MasterDataQueries queries, MasterDataSync sync) {
    this.repository = repository;
    this.queries = queries;
    this.sync = sync;
  }

  @POST
  @Path("/sync")
  @Blocking
  @Operation(summary = "Pull every item and location from erp-connector into the cache")
  @APIResponse(responseCode = "200", description = "Counts of stored and skipped records")
  @APIResponse(responseCode = "503", description = "The ERP cannot be reached; retry later")
  public MasterDataSync.Result sync() {
    return sync.run();
  }

  @GET
  @Path("/items/{sku}")
  @RolesAllowed({Roles.INTEGRATION_ADMIN, Roles.PLANNER, Roles.SERVICE})
  @Operation(summary = "An item as cached, with the ERP revision it was last updated from")
  public Uni<CachedItem> item(@PathParam("sku") String sku) {
    return queries
        .item(sku)
        .map(found -> found.orElseThrow(() -> new NotFoundException("No cached item " + sku)));
  }

  @GET
  @Path("/locations/{code}")
  @RolesAllowed({Roles.INTEGRATION_ADMIN, Roles.PLANNER, Roles.SERVICE})
  @Operation(summary = "A location as cached")
  public Uni<CachedLocation> location(@PathParam("code") String code) {
    return queries
        .location(code)
        .map(found -> found.orElseThrow(() -> new NotFoundException("No cached location " + code)));
  }

  @PUT
  @Path("/items/{sku}")
  @Consumes(MediaType.APPLICATION_JSON)
  @WithTransaction
  @Operation(summary = "Create or replace an item of the cache")
  public Uni<Response> putItem(@PathParam("sku") String sku, @NotNull @Valid ItemRequest request) {
    var item = request.toItem(sku);
    return repository.upsertItem(item, null).map(done -> Response.ok(item).build());
  }

  @PUT
  @Path("/locations/{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  @WithTransaction
  @Operation(summary = "Create or replace a location of the cache")
  public Uni<Response> putLocation(
      @PathParam("code") String code, @NotNull @Valid LocationRequest request) {
    var location = request.toLocation(code);
    return repository
        .upsertLocation(location, request.name(), null)
        .map(done -> Response.ok(location).build());
  }
}
