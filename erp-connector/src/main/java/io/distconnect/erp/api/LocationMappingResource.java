package io.distconnect.erp.api;

import io.distconnect.contracts.model.Platform;
import io.distconnect.erp.domain.LocationMappingService;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Location codes of the connected platforms. PUT sets a location's code on a platform (replacing
 * its previous one, so it is naturally idempotent); a code owned by another location is a 409.
 */
@Path("/api/v1/location-mappings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Locations")
@APIResponse(
    responseCode = "400",
    description = "Invalid input; the problem names the offending fields",
    content =
        @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "Missing or invalid bearer token")
@APIResponse(responseCode = "403", description = "The token's roles do not allow this")
public class LocationMappingResource {

  private final LocationMappingService mappings;

  public LocationMappingResource(LocationMappingService mappings) {
    this.mappings = mappings;
  }

  @PUT
  @RolesAllowed({Roles.INTEGRATION_ADMIN, Roles.SERVICE})
  @WithTransaction
  @APIResponse(responseCode = "200", description = "The mapping as stored")
  @APIResponse(responseCode = "409", description = "The platform code maps to another location")
  public Uni<LocationMappingResponse> put(@Valid @NotNull LocationMappingRequest request) {
    return mappings
        .put(request.platform(), request.platformCode(), request.locationCode())
        .map(LocationMappingResponse::of);
  }

  @GET
  @RolesAllowed({Roles.PLANNER, Roles.BUYER, Roles.INTEGRATION_ADMIN, Roles.SERVICE})
  public Uni<PageResponse<LocationMappingResponse>> list(
      @QueryParam("platform") Platform platform,
      @QueryParam("locationCode") String locationCode,
      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
    return mappings
        .page(platform, locationCode, page, size)
        .map(
            found ->
                new PageResponse<>(
                    found.items().stream().map(LocationMappingResponse::of).toList(),
                    page,
                    size,
                    found.total()));
  }
}
