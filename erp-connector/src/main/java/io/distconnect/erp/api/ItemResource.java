package io.distconnect.erp.api;

import io.distconnect.erp.domain.InvalidFieldException;
import io.distconnect.erp.domain.ItemService;
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

/** Item master data: SKUs with hierarchy, base unit, unit conversions and pack size. */
@Path("/api/v1/items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Items")
@APIResponse(
    responseCode = "400",
    description = "Invalid input; the problem names the offending fields",
    content =
        @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "Missing or invalid bearer token")
@APIResponse(responseCode = "403", description = "The token's roles do not allow this")
public class ItemResource {

  private final ItemService items;
  private final Idempotency idempotency;

  public ItemResource(ItemService items, Idempotency idempotency) {
    this.items = items;
    this.idempotency = idempotency;
  }

  @POST
  @RolesAllowed({Roles.INTEGRATION_ADMIN, Roles.SERVICE})
  @WithTransaction
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(responseCode = "409", description = "The SKU exists already")
  public Uni<Response> create(
      @Valid @NotNull ItemRequest request,
      @HeaderParam(Idempotency.HEADER) @Size(max = 200) String idempotencyKey,
      @Context UriInfo uri) {
    if (request.sku() == null) {
      throw new InvalidFieldException("sku", "must not be blank");
    }
    return idempotency.once(
        idempotencyKey,
        "create-item",
        request,
        () ->
            items
                .create(request.toModel(request.sku()))
                .map(
                    i ->
                        Response.created(uri.getAbsolutePathBuilder().path(i.sku).build())
                            .entity(ItemResponse.of(i))
                            .build()));
  }

  @PUT
  @Path("{sku}")
  @RolesAllowed({Roles.INTEGRATION_ADMIN, Roles.SERVICE})
  @WithTransaction
  @APIResponse(responseCode = "200", description = "Replaced; the revision went up")
  @APIResponse(responseCode = "404", description = "No such item")
  public Uni<ItemResponse> update(
      @PathParam("sku") String sku, @Valid @NotNull ItemRequest request) {
    if (request.sku() != null && !request.sku().equals(sku)) {
      throw new InvalidFieldException("sku", "must match the SKU in the path (" + sku + ")");
    }
    return items.update(request.toModel(sku)).map(ItemResponse::of);
  }

  @GET
  @Path("{sku}")
  @RolesAllowed({Roles.PLANNER, Roles.BUYER, Roles.INTEGRATION_ADMIN, Roles.SERVICE})
  @APIResponse(responseCode = "404", description = "No such item")
  public Uni<ItemResponse> get(@PathParam("sku") String sku) {
    return items.get(sku).map(ItemResponse::of);
  }

  @GET
  @RolesAllowed({Roles.PLANNER, Roles.BUYER, Roles.INTEGRATION_ADMIN, Roles.SERVICE})
  public Uni<PageResponse<ItemResponse>> list(
      @QueryParam("category") String category,
      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
    return items
        .page(category, page, size)
        .map(
            found ->
                new PageResponse<>(
                    found.items().stream().map(ItemResponse::of).toList(),
                    page,
                    size,
                    found.total()));
  }
}
