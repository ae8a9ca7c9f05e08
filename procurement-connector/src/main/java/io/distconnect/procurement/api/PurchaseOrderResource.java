package io.distconnect.procurement.api;

import io.distconnect.contracts.model.PurchaseOrderStatus;
import io.distconnect.procurement.domain.NotFoundException;
import io.distconnect.procurement.persistence.PurchaseOrderRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Supplier purchase orders as procurement issued them (read-only: requests change them). */
@Path("/api/v1/purchase-orders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Purchase orders")
@APIResponse(responseCode = "401", description = "Missing or invalid bearer token")
@APIResponse(responseCode = "403", description = "The token's roles do not allow this")
public class PurchaseOrderResource {

  private final PurchaseOrderRepository orders;

  public PurchaseOrderResource(PurchaseOrderRepository orders) {
    this.orders = orders;
  }

  @GET
  @Path("{number}")
  @RolesAllowed({Roles.BUYER, Roles.INTEGRATION_ADMIN, Roles.SERVICE})
  @WithSession
  @APIResponse(responseCode = "404", description = "No such order")
  public Uni<PurchaseOrderView> get(@PathParam("number") String number) {
    return orders
        .find(number)
        .onItem()
        .ifNull()
        .failWith(() -> new NotFoundException("No purchase order " + number))
        .map(PurchaseOrderView::of);
  }

  @GET
  @RolesAllowed({Roles.BUYER, Roles.INTEGRATION_ADMIN, Roles.SERVICE})
  @WithSession
  public Uni<PageResponse<PurchaseOrderView>> list(
      @QueryParam("item") @Size(max = 100) String item,
      @QueryParam("location") @Size(max = 100) String location,
      @QueryParam("supplier") @Size(max = 100) String supplier,
      @QueryParam("status")
          @Pattern(
              regexp =
                  "(?i)DRAFT|REQUESTED|APPROVED|ISSUED|ACKNOWLEDGED|CHANGED|REJECTED"
                      + "|PARTIALLY_RECEIVED|RECEIVED|CLOSED|CANCELLED",
              message = "is not a purchase order status")
          String status,
      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
    return orders
        .search(
            item,
            location,
            supplier,
            status == null ? null : PurchaseOrderStatus.valueOf(status.toUpperCase(Locale.ROOT)),
            page,
            size)
        .map(
            found ->
                new PageResponse<>(
                    found.items().stream().map(PurchaseOrderView::of).toList(),
                    page,
                    size,
                    found.total()));
  }
}
