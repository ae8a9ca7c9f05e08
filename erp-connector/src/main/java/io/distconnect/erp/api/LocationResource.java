package io.distconnect.erp.api;

import io.distconnect.erp.domain.InvalidFieldException;
import io.distconnect.erp.domain.LocationService;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Location master data: plants, distribution centres, warehouses and stores. */
@Path("/api/v1/locations")
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
public class LocationResource {

  private final LocationService service;
  private final Idempotency idempotency;

  public LocationResource(LocationService service, Idempotency idempotency) {
    this.service = service;
    this.idempotency = idempotency;
  }

  @POST
  @RolesAllowed({Roles.INTEGRATION_ADMIN, Roles.SERVICE})
  @WithTransaction
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(
      responseCode = "409",
      description = "The code exists already, or the Idempotency-Key was used for another body",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Uni<Response> create(
      @Valid @NotNull LocationRequest request,
      @HeaderParam(Idempotency.HEADER) @Size(max = 200) String idempotencyKey,
      @Context UriInfo uri) {
    return idempotency.once(
        idempotencyKey,
        "create-location",
        request,
        () ->
            service
                .create(
                    request.code(),
                    request.name(),
                    request.type(),
                    request.region(),
                    request.timeZone())
                .map(
                    l ->
                        Response.created(uri.getAbsolutePathBuilder().path(l.code).build())
                            .entity(LocationResponse.of(l))
                            .build()));
  }

  @PUT
  @Path("{code}")
  @RolesAllowed({Roles.INTEGRATION_ADMIN, Roles.SERVICE})
  @WithTransaction
  @APIResponse(responseCode = "200", description = "Replaced")
  @APIResponse(responseCode = "404", description = "No such location")
  public Uni<LocationResponse> update(
      @PathParam("code") String code, @Valid @NotNull LocationRequest request) {
    if (!code.equals(request.code())) {
      throw new InvalidFieldException("code", "must match the code in the path (" + code + ")");
    }
    return service
        .update(code, request.name(), request.type(), request.region(), request.timeZone())
        .map(LocationResponse::of);
  }

  @GET
  @Path("{code}")
  @RolesAllowed({Roles.PLANNER, Roles.BUYER, Roles.INTEGRATION_ADMIN, Roles.SERVICE})
  @APIResponse(
      responseCode = "404",
      description = "No such location",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Uni<LocationResponse> get(@PathParam("code") String code) {
    return service.get(code).map(LocationResponse::of);
  }

  @GET
  @RolesAllowed({Roles.PLANNER, Roles.BUYER, Roles.INTEGRATION_ADMIN, Roles.SERVICE})
  public Uni<PageResponse<LocationResponse>> list(
      @QueryParam("region") String region,
      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
    return service
        .page(region, page, size)
        .flatMap(
            items ->
                service
                    .count(region)
                    .map(
                        total ->
                            new PageResponse<>(
                                items.stream().map(LocationResponse::of).toList(),
                                page,
                                size,
                                total)));
  }
}
