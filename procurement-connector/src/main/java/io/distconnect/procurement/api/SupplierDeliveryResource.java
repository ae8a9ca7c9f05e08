package io.distconnect.procurement.api;

import io.distconnect.procurement.domain.NotFoundException;
import io.distconnect.procurement.domain.SupplierDelivery;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The queue of OrderRequests to suppliers: what is pending, parked (retrying with backoff), failed
 * after the attempt limit, or delivered; a failed delivery can be sent again.
 */
@Path("/api/v1/supplier-deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Supplier deliveries")
@APIResponse(responseCode = "401", description = "Missing or invalid bearer token")
@APIResponse(responseCode = "403", description = "The token's roles do not allow this")
public class SupplierDeliveryResource {

  /** A delivery as the API shows it (without the document). */
  public record View(
      String id,
      String purchaseOrderNumber,
      int revision,
      String supplierId,
      String payloadId,
      String status,
      int attempts,
      Instant nextAttemptAt,
      String lastError,
      Instant createdAt,
      Instant deliveredAt) {

    static View of(SupplierDelivery d) {
      return new View(
          d.id.toString(),
          d.purchaseOrderNumber,
          d.revision,
          d.supplierId,
          d.payloadId,
          d.status.name(),
          d.attempts,
          d.nextAttemptAt,
          d.lastError,
          d.createdAt,
          d.deliveredAt);
    }
  }

  @GET
  @RolesAllowed({Roles.BUYER, Roles.INTEGRATION_ADMIN, Roles.SERVICE})
  @WithSession
  public Uni<PageResponse<View>> list(
      @QueryParam("status") SupplierDelivery.Status status,
      @QueryParam("po") String purchaseOrderNumber,
      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
    StringBuilder where = new StringBuilder("1 = 1");
    Parameters params = new Parameters();
    if (status != null) {
      where.append(" and status = :status");
      params.and("status", status);
    }
    if (purchaseOrderNumber != null) {
      where.append(" and purchaseOrderNumber = :po");
      params.and("po", purchaseOrderNumber);
    }
    var query =
        SupplierDelivery.<SupplierDelivery>find(
            where.toString(), Sort.by("createdAt").descending(), params);
    return query
        .page(Page.of(page, size))
        .list()
        .flatMap(
            rows ->
                query
                    .count()
                    .map(
                        total ->
                            new PageResponse<>(
                                rows.stream().map(View::of).toList(), page, size, total)));
  }

  @POST
  @Path("{id}/retry")
  @RolesAllowed(Roles.INTEGRATION_ADMIN)
  @WithTransaction
  @APIResponse(responseCode = "404", description = "No such delivery")
  @APIResponse(responseCode = "409", description = "Not failed")
  public Uni<View> retry(@PathParam("id") UUID id) {
    return SupplierDelivery.<SupplierDelivery>findById(id)
        .onItem()
        .ifNull()
        .failWith(() -> new NotFoundException("No supplier delivery " + id))
        .map(
            d -> {
              if (d.status != SupplierDelivery.Status.FAILED) {
                throw new io.distconnect.procurement.domain.ConflictException(
                    "Delivery " + id + " is " + d.status + ", not FAILED");
              }
              d.status = SupplierDelivery.Status.PARKED;
              d.attempts = 0;
              d.nextAttemptAt = Instant.now();
              return View.of(d);
            });
  }
}
