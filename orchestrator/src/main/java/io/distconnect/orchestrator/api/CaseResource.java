package io.distconnect.orchestrator.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.distconnect.orchestrator.domain.CaseState;
import io.distconnect.orchestrator.domain.NotFoundException;
import io.distconnect.orchestrator.persistence.CaseRevision;
import io.distconnect.orchestrator.persistence.CaseTransition;
import io.distconnect.orchestrator.persistence.ProcessException;
import io.distconnect.orchestrator.persistence.ReplenishmentCase;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Visibility of replenishment cases: one with its full timeline, or a filtered, paged list. */
@Path("/api/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PLANNER, Roles.BUYER, Roles.INTEGRATION_ADMIN, Roles.SERVICE})
public class CaseResource {

  private final ObjectMapper json;

  public CaseResource(ObjectMapper json) {
    this.json = json;
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "A case with its timeline, revisions, decision and exceptions")
  @APIResponse(responseCode = "404", description = "No such case")
  public Uni<CaseViews.Detail> get(@PathParam("id") String id) {
    return Panache.withSession(
        () ->
            ReplenishmentCase.<ReplenishmentCase>findById(id)
                .flatMap(
                    c -> {
                      if (c == null) {
                        return Uni.createFrom().failure(new NotFoundException("No case " + id));
                      }
                      return CaseTransition.<CaseTransition>list("caseId", Sort.by("id"), id)
                          .flatMap(
                              timeline ->
                                  CaseRevision.<CaseRevision>list("caseId", Sort.by("id"), id)
                                      .flatMap(
                                          revisions ->
                                              ProcessException.<ProcessException>list(
                                                      "caseId", Sort.by("createdAt"), id)
                                                  .map(ex -> detail(c, timeline, revisions, ex))));
                    }));
  }

  @GET
  @Operation(summary = "Cases by state, item and location, newest first")
  public Uni<PageResponse<CaseViews.Summary>> list(
      @QueryParam("state") String state,
      @QueryParam("item") String item,
      @QueryParam("location") String location,
      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
    StringBuilder q = new StringBuilder("1 = 1");
    Map<String, Object> p = new HashMap<>();
    if (state != null && !state.isBlank()) {
      q.append(" and state = :state");
      p.put("state", parseState(state));
    }
    if (item != null && !item.isBlank()) {
      q.append(" and itemId = :item");
      p.put("item", item);
    }
    if (location != null && !location.isBlank()) {
      q.append(" and locationId = :location");
      p.put("location", location);
    }
    String query = q.toString();
    return Panache.withSession(
        () ->
            ReplenishmentCase.<ReplenishmentCase>find(
                    query, Sort.descending("openedAt").and("id"), p)
                .page(page, size)
                .list()
                .flatMap(
                    cases ->
                        ReplenishmentCase.count(query, p)
                            .map(
                                total ->
                                    new PageResponse<>(
                                        cases.stream().map(CaseViews.Summary::of).toList(),
                                        page,
                                        size,
                                        total))));
  }

  private static CaseState parseState(String state) {
    try {
      return CaseState.valueOf(state.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Unknown state '" + state + "'; one of " + List.of(CaseState.values()));
    }
  }

  private CaseViews.Detail detail(
      ReplenishmentCase c,
      List<CaseTransition> timeline,
      List<CaseRevision> revisions,
      List<ProcessException> exceptions) {
    return new CaseViews.Detail(
        c.id,
        c.itemId,
        c.locationId,
        c.itemCategory,
        c.state.name(),
        c.statusReason,
        c.resumeState == null ? null : c.resumeState.name(),
        c.pendingAction == null ? null : c.pendingAction.name(),
        c.nextAttemptAt,
        c.attempts,
        c.decisionKind,
        c.requestId,
        c.requestQuantity,
        c.baseUom,
        c.poNumber,
        c.poRevision,
        c.erpPoNumber,
        c.erpStatus,
        c.procurementStatus,
        c.openedAt,
        c.decidedAt,
        c.poIssuedAt,
        c.erpUpdatedAt,
        c.acknowledgedAt,
        c.closedAt,
        c.updatedAt,
        c.deferredRevisionEvent,
        c.followUpCaseId,
        c.followUpOf,
        tree(c.decision),
        tree(c.enrichment),
        timeline.stream().map(CaseViews.Transition::of).toList(),
        revisions.stream().map(CaseViews.Revision::of).toList(),
        exceptions.stream().map(ExceptionViews.Summary::of).toList());
  }

  private JsonNode tree(String value) {
    try {
      return value == null ? null : json.readTree(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return null;
    }
  }
}
