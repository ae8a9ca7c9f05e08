package io.distconnect.procurement.api;

import io.distconnect.procurement.domain.Approval;
import io.distconnect.procurement.domain.ApprovalService;
import io.distconnect.procurement.domain.ApprovalStatus;
import io.distconnect.procurement.domain.ReplenishmentRequest;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Approvals of orders above their buyer group's spend limit. Approving issues the order at once;
 * rejecting records a sourcing exception for the case. Escalated approvals are flagged.
 */
@Path("/api/v1/approvals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Approvals")
@APIResponse(
    responseCode = "400",
    description = "Invalid input; the problem names the offending fields",
    content =
        @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "Missing or invalid bearer token")
@APIResponse(responseCode = "403", description = "The token's roles do not allow this")
public class ApprovalResource {

  private final ApprovalService approvals;

  public ApprovalResource(ApprovalService approvals) {
    this.approvals = approvals;
  }

  @GET
  @RolesAllowed({Roles.BUYER, Roles.INTEGRATION_ADMIN, Roles.SERVICE})
  @WithSession
  public Uni<PageResponse<ApprovalView>> list(
      @QueryParam("status") @Pattern(regexp = "(?i)pending|approved|rejected") String status,
      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
    ApprovalStatus wanted =
        status == null ? null : ApprovalStatus.valueOf(status.toUpperCase(Locale.ROOT));
    return approvals
        .list(wanted, page, size)
        .flatMap(
            found -> {
              List<String> ids = found.items().stream().map(a -> a.requestId).toList();
              Uni<List<ReplenishmentRequest>> requests =
                  ids.isEmpty()
                      ? Uni.createFrom().item(List.of())
                      : ReplenishmentRequest.list("requestId in ?1", ids);
              return requests.map(
                  rs -> {
                    Map<String, ReplenishmentRequest> byId =
                        rs.stream()
                            .collect(Collectors.toMap(r -> r.requestId, Function.identity()));
                    return new PageResponse<>(
                        found.items().stream()
                            .map(a -> ApprovalView.of(a, byId.get(a.requestId)))
                            .toList(),
                        page,
                        size,
                        found.total());
                  });
            });
  }

  @POST
  @Path("{id}/approve")
  @RolesAllowed(Roles.BUYER)
  @APIResponse(responseCode = "404", description = "No such approval")
  @APIResponse(responseCode = "409", description = "Already decided")
  public Uni<ApprovalView> approve(
      @PathParam("id") UUID id,
      @Valid @NotNull ApprovalDecisionInput input,
      @Context SecurityContext security) {
    return approvals
        .approve(id, security.getUserPrincipal().getName(), input.comment())
        .flatMap(ApprovalResource::view);
  }

  @POST
  @Path("{id}/reject")
  @RolesAllowed(Roles.BUYER)
  @APIResponse(responseCode = "404", description = "No such approval")
  @APIResponse(responseCode = "409", description = "Already decided")
  public Uni<ApprovalView> reject(
      @PathParam("id") UUID id,
      @Valid @NotNull ApprovalDecisionInput input,
      @Context SecurityContext security) {
    return approvals
        .reject(id, security.getUserPrincipal().getName(), input.comment())
        .flatMap(ApprovalResource::view);
  }

  private static Uni<ApprovalView> view(Approval a) {
    return io.quarkus.hibernate.reactive.panache.Panache.withSession(
        () ->
            ReplenishmentRequest.<ReplenishmentRequest>findById(a.requestId)
                .map(r -> ApprovalView.of(a, r)));
  }
}
