package io.distconnect.orchestrator.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.distconnect.orchestrator.persistence.CaseRevision;
import io.distconnect.orchestrator.persistence.CaseTransition;
import io.distconnect.orchestrator.persistence.ReplenishmentCase;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** How cases look on the visibility API (never the entities themselves). */
public final class CaseViews {
  private CaseViews() {}

  /** A case in a list. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Summary(
      String id,
      String itemId,
      String locationId,
      String itemCategory,
      String state,
      String statusReason,
      String decisionKind,
      BigDecimal requestQuantity,
      String uom,
      String purchaseOrderNumber,
      String erpPurchaseOrderNumber,
      Instant openedAt,
      Instant updatedAt,
      Instant closedAt) {

    static Summary of(ReplenishmentCase c) {
      return new Summary(
          c.id,
          c.itemId,
          c.locationId,
          c.itemCategory,
          c.state.name(),
          c.statusReason,
          c.decisionKind,
          c.requestQuantity,
          c.baseUom,
          c.poNumber,
          c.erpPoNumber,
          c.openedAt,
          c.updatedAt,
          c.closedAt);
    }
  }

  /** A case with its full timeline. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Detail(
      String id,
      String itemId,
      String locationId,
      String itemCategory,
      String state,
      String statusReason,
      String resumeState,
      String pendingAction,
      Instant nextAttemptAt,
      int attempts,
      String decisionKind,
      String requestId,
      BigDecimal requestQuantity,
      String uom,
      String purchaseOrderNumber,
      Integer purchaseOrderRevision,
      String erpPurchaseOrderNumber,
      String erpStatus,
      String procurementStatus,
      Instant openedAt,
      Instant decidedAt,
      Instant purchaseOrderIssuedAt,
      Instant erpUpdatedAt,
      Instant acknowledgedAt,
      Instant closedAt,
      Instant updatedAt,
      String deferredRevisionEventId,
      String followUpCaseId,
      String followUpOf,
      JsonNode decision,
      JsonNode enrichment,
      List<Transition> timeline,
      List<Revision> revisions,
      List<ExceptionViews.Summary> exceptions) {}

  /** One step of the timeline. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Transition(
      String from,
      String to,
      Instant at,
      String cause,
      String eventId,
      String traceId,
      String actor,
      String detail) {
    static Transition of(CaseTransition t) {
      return new Transition(
          t.fromState, t.toState, t.at, t.cause, t.eventId, t.traceId, t.actor, t.detail);
    }
  }

  /** A forecast revision the case received and what became of it. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Revision(
      String eventId,
      String planningCycleId,
      int version,
      LocalDate periodStart,
      LocalDate periodEnd,
      String uom,
      BigDecimal oldQuantity,
      BigDecimal newQuantity,
      BigDecimal absoluteDelta,
      BigDecimal relativeDelta,
      Instant revisedAt,
      Instant receivedAt,
      String outcome,
      String note) {
    static Revision of(CaseRevision r) {
      return new Revision(
          r.eventId,
          r.planningCycle,
          r.version,
          r.periodStart,
          r.periodEnd,
          r.uom,
          r.oldQuantity,
          r.newQuantity,
          r.absoluteDelta,
          r.relativeDelta,
          r.revisedAt,
          r.receivedAt,
          r.outcome,
          r.note);
    }
  }
}
