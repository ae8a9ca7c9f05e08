package io.distconnect.erp.api;

import io.distconnect.erp.domain.ErpPlatform;
import io.distconnect.erp.domain.ReceiptView;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Goods receipts against PO lines. Posting one updates on hand, on order, the line's received
 * quantity and the order's status, and publishes GoodsReceived, InventoryPositionChanged and (when
 * the status moved) ErpPurchaseOrderChanged.
 */
@Path("/api/v1/goods-receipts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Goods receipts")
@APIResponse(
    responseCode = "400",
    description = "Invalid input; the problem names the offending fields",
    content =
        @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "Missing or invalid bearer token")
@APIResponse(responseCode = "403", description = "The token's roles do not allow this")
public class GoodsReceiptResource {

  private final ErpPlatform erp;
  private final Idempotency idempotency;

  public GoodsReceiptResource(ErpPlatform erp, Idempotency idempotency) {
    this.erp = erp;
    this.idempotency = idempotency;
  }

  @POST
  @RolesAllowed({Roles.INTEGRATION_ADMIN, Roles.SERVICE})
  @WithTransaction
  @APIResponse(responseCode = "201", description = "Posted; Location names the receipt")
  @APIResponse(responseCode = "404", description = "No such purchase order")
  @APIResponse(
      responseCode = "409",
      description = "The order cannot receive goods, or the quantity exceeds the open quantity")
  public Uni<Response> post(
      @Valid @NotNull GoodsReceiptRequest request,
      @HeaderParam(Idempotency.HEADER) @Size(max = 200) String idempotencyKey,
      @Context UriInfo uri) {
    return idempotency.once(
        idempotencyKey,
        "post-goods-receipt",
        request,
        () ->
            erp.postGoodsReceipt(request.toCommand())
                .map(
                    r ->
                        Response.created(uri.getAbsolutePathBuilder().path(r.receiptId()).build())
                            .entity(r)
                            .build()));
  }

  @GET
  @Path("{receiptId}")
  @RolesAllowed({Roles.PLANNER, Roles.BUYER, Roles.INTEGRATION_ADMIN, Roles.SERVICE})
  @WithSession
  @APIResponse(responseCode = "404", description = "No such receipt")
  public Uni<ReceiptView> get(@PathParam("receiptId") String receiptId) {
    return erp.goodsReceipt(receiptId);
  }
}
