package io.distconnect.erp.api;

import io.distconnect.erp.domain.ErpPlatform;
import io.distconnect.erp.domain.InventoryKey;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Inventory positions per SKU-location, and stock adjustments of the embedded ERP. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Inventory")
@APIResponse(
    responseCode = "400",
    description = "Invalid input; the problem names the offending fields",
    content =
        @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "Missing or invalid bearer token")
@APIResponse(responseCode = "403", description = "The token's roles do not allow this")
@APIResponse(responseCode = "503", description = "The ERP is unavailable; see Retry-After")
public class InventoryPositionResource {

  private final ErpPlatform erp;
  private final Idempotency idempotency;

  public InventoryPositionResource(ErpPlatform erp, Idempotency idempotency) {
    this.erp = erp;
    this.idempotency = idempotency;
  }

  @GET
  @Path("inventory-positions/{itemId}/{locationId}")
  @RolesAllowed({Roles.PLANNER, Roles.BUYER, Roles.INTEGRATION_ADMIN, Roles.SERVICE})
  @Operation(
      summary = "One item's stock position at one location",
      description =
          "With the s4hana adapter: on hand is SAP's unrestricted-use stock (stock type 01;"
              + " quality inspection 02 and blocked 07 are not counted), on order the ordered"
              + " quantity of items not completely delivered (a partly received item counts in"
              + " full), and allocated, backordered and in transit are 0 because SAP's stock API"
              + " does not report them.")
  @APIResponse(responseCode = "404", description = "Unknown item or location")
  public Uni<InventoryPositionResponse> get(
      @PathParam("itemId") String itemId, @PathParam("locationId") String locationId) {
    return erp.inventoryPosition(itemId, locationId).map(InventoryPositionResponse::of);
  }

  @POST
  @Path("inventory-positions/batch")
  @RolesAllowed({Roles.PLANNER, Roles.BUYER, Roles.INTEGRATION_ADMIN, Roles.SERVICE})
  public Uni<InventoryBatchResponse> batch(@Valid @NotNull InventoryBatchRequest request) {
    return erp.inventoryPositions(
            request.keys().stream().map(k -> new InventoryKey(k.itemId(), k.locationId())).toList())
        .map(
            batch ->
                new InventoryBatchResponse(
                    batch.positions().stream().map(InventoryPositionResponse::of).toList(),
                    batch.missing().stream()
                        .map(k -> new InventoryBatchRequest.Key(k.itemId(), k.locationId()))
                        .toList()));
  }

  @POST
  @Path("inventory-adjustments")
  @RolesAllowed({Roles.INTEGRATION_ADMIN, Roles.SERVICE})
  @WithTransaction
  @APIResponse(responseCode = "200", description = "The position after the adjustment")
  @APIResponse(responseCode = "404", description = "Unknown item or location")
  @APIResponse(responseCode = "409", description = "A bucket would go below zero")
  public Uni<Response> adjust(
      @Valid @NotNull InventoryAdjustmentRequest request,
      @HeaderParam(Idempotency.HEADER) @Size(max = 200) String idempotencyKey) {
    return idempotency.once(
        idempotencyKey,
        "inventory-adjustment",
        request,
        () ->
            erp.adjustInventory(
                    request.itemId(),
                    request.locationId(),
                    request.onHandDelta(),
                    request.allocatedDelta(),
                    request.backorderedDelta(),
                    request.reason())
                .map(p -> Response.ok(InventoryPositionResponse.of(p)).build()));
  }
}
