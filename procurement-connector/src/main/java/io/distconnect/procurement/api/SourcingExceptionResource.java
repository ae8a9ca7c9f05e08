package io.distconnect.procurement.api;

import io.distconnect.procurement.domain.SourcingExceptionEntry;
import io.distconnect.procurement.domain.SourcingFailure;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Requests that could not be sourced, issued or delivered (no contract, lead time, capacity, PO not
 * amendable, approval rejected, delivery failed), newest first. The orchestrator polls it with
 * {@code since} until the contracts carry an event for it.
 */
@Path("/api/v1/sourcing-exceptions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sourcing exceptions")
@APIResponse(responseCode = "401", description = "Missing or invalid bearer token")
@APIResponse(responseCode = "403", description = "The token's roles do not allow this")
public class SourcingExceptionResource {

  @GET
  @RolesAllowed({Roles.BUYER, Roles.INTEGRATION_ADMIN, Roles.SERVICE})
  @WithSession
  public Uni<PageResponse<SourcingExceptionView>> list(
      @QueryParam("requestId") @Size(max = 100) String requestId,
      @QueryParam("caseId") @Size(max = 100) String caseId,
      @QueryParam("item") @Size(max = 100) String item,
      @QueryParam("reason") SourcingFailure reason,
      @QueryParam("since") Instant since,
      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
    StringBuilder where = new StringBuilder("1 = 1");
    Parameters params = new Parameters();
    if (requestId != null) {
      where.append(" and requestId = :request");
      params.and("request", requestId);
    }
    if (caseId != null) {
      where.append(" and caseId = :case");
      params.and("case", caseId);
    }
    if (item != null) {
      where.append(" and itemId = :item");
      params.and("item", item);
    }
    if (reason != null) {
      where.append(" and reason = :reason");
      params.and("reason", reason);
    }
    if (since != null) {
      where.append(" and createdAt >= :since");
      params.and("since", since);
    }
    var query =
        SourcingExceptionEntry.<SourcingExceptionEntry>find(
            where + " order by createdAt desc", params);
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
                                rows.stream().map(SourcingExceptionView::of).toList(),
                                page,
                                size,
                                total)));
  }
}
