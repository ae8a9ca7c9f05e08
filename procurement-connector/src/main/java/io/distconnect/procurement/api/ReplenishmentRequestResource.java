package io.distconnect.procurement.api;

import io.distconnect.contracts.event.ReplenishmentRequested;
import io.distconnect.contracts.model.Quantity;
import io.distconnect.contracts.uom.UnitOfMeasure;
import io.distconnect.procurement.domain.ReplenishmentIntake;
import io.distconnect.procurement.messaging.EventOutbox;
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
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Replenishment requests. A buyer's request is queued on the same topic as the orchestrator's, so
 * both paths share ordering per SKU-location, de-duplication and the backlog while procurement
 * catches up; the answer is 202 and the request can be read once it has been taken off the queue.
 */
@Path("/api/v1/replenishment-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Replenishment requests")
@APIResponse(
    responseCode = "400",
    description = "Invalid input; the problem names the offending fields",
    content =
        @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "Missing or invalid bearer token")
@APIResponse(responseCode = "403", description = "The token's roles do not allow this")
public class ReplenishmentRequestResource {

  private final EventOutbox outbox;
  private final ReplenishmentIntake intake;
  private final Idempotency idempotency;

  public ReplenishmentRequestResource(
      EventOutbox outbox, ReplenishmentIntake intake, Idempotency idempotency) {
    this.outbox = outbox;
    this.intake = intake;
    this.idempotency = idempotency;
  }

  @POST
  @RolesAllowed({Roles.BUYER, Roles.INTEGRATION_ADMIN})
  @WithTransaction
  @APIResponse(responseCode = "202", description = "Queued for procurement")
  public Uni<Response> submit(
      @Valid @NotNull ReplenishmentRequestInput input,
      @HeaderParam(Idempotency.HEADER) @Size(max = 200) String idempotencyKey,
      @Context UriInfo uri) {
    return idempotency.once(
        idempotencyKey,
        "submit-replenishment-request",
        input,
        () -> {
          String requestId = "RR-" + UUID.randomUUID();
          ReplenishmentRequested event =
              new ReplenishmentRequested(
                  requestId,
                  "manual-" + requestId,
                  input.itemId(),
                  input.locationId(),
                  new Quantity(input.quantity(), UnitOfMeasure.parse(input.uom())),
                  input.needByDate(),
                  input.decisionKind(),
                  input.purchaseOrderNumber(),
                  null,
                  Instant.now());
          return outbox
              .publish(event)
              .map(
                  queued ->
                      Response.accepted(new ReplenishmentRequestView.Queued(requestId, "QUEUED"))
                          .location(uri.getAbsolutePathBuilder().path(requestId).build())
                          .build());
        });
  }

  @GET
  @Path("{requestId}")
  @RolesAllowed({Roles.BUYER, Roles.INTEGRATION_ADMIN, Roles.SERVICE})
  @APIResponse(
      responseCode = "404",
      description = "Unknown, or still queued",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Uni<ReplenishmentRequestView> get(@PathParam("requestId") String requestId) {
    return intake.get(requestId).map(ReplenishmentRequestView::of);
  }
}
