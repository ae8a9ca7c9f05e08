package io.distconnect.erp.api;

import io.distconnect.contracts.model.PurchaseOrderStatus;
import io.distconnect.erp.domain.ErpPlatform;
import io.distconnect.erp.domain.InvalidFieldException;
import io.distconnect.erp.domain.PurchaseOrderQuery;
import io.distconnect.erp.domain.PurchaseOrderView;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Purchase orders in the ERP: list, read, create, amend and move along the lifecycle. Writes accept
 * an Idempotency-Key; the same key with the same body answers the first result again.
 */
@Path("/api/v1/purchase-orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Purchase orders")
@APIResponse(
    responseCode = "400",
    description = "Invalid input; the problem names the offending fields",
    content =
        @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "Missing or invalid bearer token")
@APIResponse(responseCode = "403", description = "The token's roles do not allow this")
@APIResponse(responseCode = "503", description = "The ERP is unavailable; see Retry-After")
public class PurchaseOrderResource {

  private final ErpPlatform erp;
  private final Idempotency idempotency;

  public PurchaseOrderResource(ErpPlatform erp, Idempotency idempotency) {
    this.erp = erp;
    this.idempotency = idempotency;
  }

  @GET
  @RolesAllowed({Roles.PLANNER, Roles.BUYER, Roles.INTEGRATION_ADMIN, Roles.SERVICE})
  @WithSession
  public Uni<PageResponse<PurchaseOrderView>> list(
      @QueryParam("item") String item,
      @QueryParam("location") String location,
      @QueryParam("supplier") String supplier,
      @QueryParam("status") String status,
      @QueryParam("externalReference") String externalReference,
      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
    boolean open = "open".equalsIgnoreCase(status);
    PurchaseOrderQuery query =
        new PurchaseOrderQuery(
            item, location, supplier, open ? null : status(status), open, externalReference);
    return erp.purchaseOrders(query, page, size)
        .map(found -> new PageResponse<>(found.items(), page, size, found.total()));
  }

  @GET
  @Path("{number}")
  @RolesAllowed({Roles.PLANNER, Roles.BUYER, Roles.INTEGRATION_ADMIN, Roles.SERVICE})
  @WithSession
  @APIResponse(responseCode = "404", description = "No such purchase order")
  public Uni<PurchaseOrderView> get(@PathParam("number") String number) {
    return erp.purchaseOrder(number);
  }

  /**
   * Books an order procurement already issued to the supplier; it starts ISSUED. A second order
   * with the same externalReference is refused (409), so a retried create never doubles stock on
   * order even without an Idempotency-Key.
   */
  @POST
  @RolesAllowed({Roles.INTEGRATION_ADMIN, Roles.SERVICE})
  @WithTransaction
  @APIResponse(responseCode = "201", description = "Created; Location names it")
  @APIResponse(
      responseCode = "409",
      description = "Duplicate external reference, blocked supplier/item, or key reused")
  public Uni<Response> create(
      @Valid @NotNull PurchaseOrderRequest request,
      @HeaderParam(Idempotency.HEADER) @Size(max = 200) String idempotencyKey,
      @Context UriInfo uri) {
    return idempotency.once(
        idempotencyKey,
        "create-purchase-order",
        request,
        () ->
            erp.createPurchaseOrder(request.toCommand())
                .map(
                    po ->
                        Response.created(uri.getAbsolutePathBuilder().path(po.number()).build())
                            .entity(po)
                            .build()));
  }

  @POST
  @Path("{number}/amendments")
  @RolesAllowed({Roles.INTEGRATION_ADMIN, Roles.SERVICE})
  @WithTransaction
  @APIResponse(responseCode = "200", description = "The order after the amendment (revision + 1)")
  @APIResponse(responseCode = "404", description = "No such purchase order")
  @APIResponse(responseCode = "409", description = "The order is no longer open")
  public Uni<Response> amend(
      @PathParam("number") String number,
      @Valid @NotNull PurchaseOrderAmendmentRequest request,
      @HeaderParam(Idempotency.HEADER) @Size(max = 200) String idempotencyKey) {
    return idempotency.once(
        idempotencyKey,
        "amend-purchase-order:" + number,
        request,
        () ->
            erp.amendPurchaseOrder(number, request.toCommand()).map(po -> Response.ok(po).build()));
  }

  @POST
  @Path("{number}/status")
  @RolesAllowed({Roles.INTEGRATION_ADMIN, Roles.SERVICE})
  @WithTransaction
  @APIResponse(responseCode = "200", description = "The order in its new status")
  @APIResponse(responseCode = "404", description = "No such purchase order")
  @APIResponse(responseCode = "409", description = "The lifecycle does not allow the move")
  public Uni<Response> changeStatus(
      @PathParam("number") String number,
      @Valid @NotNull PurchaseOrderStatusRequest request,
      @HeaderParam(Idempotency.HEADER) @Size(max = 200) String idempotencyKey) {
    return idempotency.once(
        idempotencyKey,
        "purchase-order-status:" + number,
        request,
        () ->
            erp.changePurchaseOrderStatus(number, request.status(), request.reason())
                .map(po -> Response.ok(po).build()));
  }

  private static PurchaseOrderStatus status(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return PurchaseOrderStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidFieldException(
          "status", "must be 'open' or a purchase order status such as ISSUED");
    }
  }
}
