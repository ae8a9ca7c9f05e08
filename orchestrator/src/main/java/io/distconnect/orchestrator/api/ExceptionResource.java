package io.distconnect.orchestrator.api;

import io.distconnect.orchestrator.domain.ExceptionType;
import io.distconnect.orchestrator.domain.NotFoundException;
import io.distconnect.orchestrator.domain.ProcessDomain;
import io.distconnect.orchestrator.persistence.ExceptionAction;
import io.distconnect.orchestrator.persistence.ExceptionActions;
import io.distconnect.orchestrator.persistence.ProcessException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The exception queue: list, inspect, retry and resolve (audited, integration-admin only). */
@Path("/api/v1/exceptions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PLANNER, Roles.BUYER, Roles.INTEGRATION_ADMIN, Roles.SERVICE})
public class ExceptionResource {

  private final ExceptionActions actions;
  private final Idempotency idempotency;
  private final SecurityIdentity identity;

  public ExceptionResource(
      ExceptionActions actions, Idempotency idempotency, SecurityIdentity identity) {
    this.actions = actions;
    this.idempotency = idempotency;
    this.identity = identity;
  }

  @GET
  @Operation(summary = "Exceptions by type, process domain, status and age, oldest first")
  public Uni<PageResponse<ExceptionViews.Summary>> list(
      @QueryParam("type") String type,
      @QueryParam("domain") String domain,
      @QueryParam("status") @DefaultValue("OPEN") String status,
      @QueryParam("caseId") String caseId,
      @QueryParam("olderThan") String olderThan,
      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
    StringBuilder q = new StringBuilder("1 = 1");
    Map<String, Object> p = new HashMap<>();
    if (type != null && !type.isBlank()) {
      q.append(" and type = :type");
      p.put("type", ExceptionType.valueOf(type.trim().toUpperCase(Locale.ROOT)).name());
    }
    if (domain != null && !domain.isBlank()) {
      q.append(" and domain = :domain");
      p.put("domain", ProcessDomain.fromLabel(domain.trim()).label());
    }
    if (!"ALL".equalsIgnoreCase(status)) {
      q.append(" and status = :status");
      p.put("status", status.trim().toUpperCase(Locale.ROOT));
    }
    if (caseId != null && !caseId.isBlank()) {
      q.append(" and caseId = :caseId");
      p.put("caseId", caseId);
    }
    if (olderThan != null && !olderThan.isBlank()) {
      q.append(" and createdAt < :before");
      p.put("before", Instant.now().minus(age(olderThan)));
    }
    String query = q.toString();
    return Panache.withSession(
        () ->
            ProcessException.<ProcessException>find(query, Sort.by("createdAt").and("id"), p)
                .page(page, size)
                .list()
                .flatMap(
                    list ->
                        ProcessException.count(query, p)
                            .map(
                                total ->
                                    new PageResponse<>(
                                        list.stream().map(ExceptionViews.Summary::of).toList(),
                                        page,
                                        size,
                                        total))));
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One exception with its payload and audit trail")
  @APIResponse(responseCode = "404", description = "No such exception")
  public Uni<ExceptionViews.Detail> get(@PathParam("id") String id) {
    return Panache.withSession(
        () ->
            ProcessException.<ProcessException>findById(id)
                .flatMap(
                    e -> {
                      if (e == null) {
                        return Uni.createFrom()
                            .failure(new NotFoundException("No exception " + id));
                      }
                      return ExceptionAction.<ExceptionAction>list("exceptionId", Sort.by("id"), id)
                          .map(
                              a ->
                                  new ExceptionViews.Detail(
                                      ExceptionViews.Summary.of(e),
                                      e.payload,
                                      a.stream().map(ExceptionViews.Action::of).toList()));
                    }));
  }

  @POST
  @Path("/{id}/retry")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.INTEGRATION_ADMIN)
  @Operation(summary = "Run the failed step again (approves a manual review)")
  @APIResponse(responseCode = "409", description = "Not open, or the case has moved on")
  public Uni<Response> retry(
      @PathParam("id") String id,
      @HeaderParam(Idempotency.HEADER) String key,
      @Valid @NotNull ExceptionViews.ActionRequest request) {
    return act(
        key, "exception-retry", id, request, () -> actions.retry(id, actor(), request.comment()));
  }

  @POST
  @Path("/{id}/resolve")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.INTEGRATION_ADMIN)
  @Operation(summary = "Close the exception; a case waiting on it is CLOSED")
  @APIResponse(responseCode = "409", description = "Not open")
  public Uni<Response> resolve(
      @PathParam("id") String id,
      @HeaderParam(Idempotency.HEADER) String key,
      @Valid @NotNull ExceptionViews.ActionRequest request) {
    return act(
        key,
        "exception-resolve",
        id,
        request,
        () -> actions.resolve(id, actor(), request.comment()));
  }

  private Uni<Response> act(
      String key,
      String operation,
      String id,
      ExceptionViews.ActionRequest request,
      Supplier<Uni<ProcessException>> action) {
    return Panache.withTransaction(
        () ->
            idempotency.once(
                key,
                operation,
                Map.of("id", id, "comment", request.comment()),
                () -> action.get().map(e -> Response.ok(ExceptionViews.Summary.of(e)).build())));
  }

  private String actor() {
    return identity.getPrincipal().getName();
  }

  private static Duration age(String value) {
    try {
      return Duration.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "olderThan must be an ISO-8601 duration such as PT1H: " + value);
    }
  }
}
