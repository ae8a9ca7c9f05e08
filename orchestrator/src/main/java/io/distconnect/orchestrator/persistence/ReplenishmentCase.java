package io.distconnect.orchestrator.persistence;

import io.distconnect.orchestrator.domain.CaseState;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A replenishment case as stored. State changes go through {@code CaseTransitions} only, which
 * checks them against {@link CaseState} and writes the audit row and the event with them.
 */
@Entity
@Table(name = "replenishment_case")
public class ReplenishmentCase extends PanacheEntityBase {

  @Id public String id;

  @Column(name = "item_id", nullable = false)
  public String itemId;

  @Column(name = "location_id", nullable = false)
  public String locationId;

  @Column(name = "item_category", nullable = false)
  public String itemCategory;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public CaseState state;

  @Enumerated(EnumType.STRING)
  @Column(name = "resume_state")
  public CaseState resumeState;

  @Enumerated(EnumType.STRING)
  @Column(name = "pending_action")
  public PendingAction pendingAction;

  @Column(name = "next_attempt_at")
  public Instant nextAttemptAt;

  @Column(nullable = false)
  public int attempts;

  @Column(name = "lease_until")
  public Instant leaseUntil;

  @Column(name = "status_reason", columnDefinition = "TEXT")
  public String statusReason;

  @Column(nullable = false)
  public boolean material;

  @Column(name = "revision_cycle")
  public String revisionCycle;

  @Column(name = "revision_version")
  public Integer revisionVersion;

  @Column(name = "revision_at")
  public Instant revisionAt;

  @Column(name = "revision_count", nullable = false)
  public int revisionCount;

  @Column(columnDefinition = "TEXT")
  public String enrichment;

  @Column(columnDefinition = "TEXT")
  public String decision;

  @Column(name = "decision_kind")
  public String decisionKind;

  @Column(name = "request_id")
  public String requestId;

  @Column(name = "request_quantity", precision = 19, scale = 6)
  public BigDecimal requestQuantity;

  @Column(name = "base_uom")
  public String baseUom;

  @Column(name = "po_number")
  public String poNumber;

  @Column(name = "po_revision")
  public Integer poRevision;

  @Column(name = "po_issue_kind")
  public String poIssueKind;

  @Column(name = "po_document", columnDefinition = "TEXT")
  public String poDocument;

  @Column(name = "erp_po_number")
  public String erpPoNumber;

  @Column(name = "erp_status")
  public String erpStatus;

  @Column(name = "procurement_status")
  public String procurementStatus;

  @Column(name = "opened_at", nullable = false)
  public Instant openedAt;

  @Column(name = "decided_at")
  public Instant decidedAt;

  @Column(name = "approval_started_at")
  public Instant approvalStartedAt;

  @Column(name = "sourcing_at")
  public Instant sourcingAt;

  @Column(name = "po_issued_at")
  public Instant poIssuedAt;

  @Column(name = "erp_updated_at")
  public Instant erpUpdatedAt;

  @Column(name = "acknowledged_at")
  public Instant acknowledgedAt;

  @Column(name = "closed_at")
  public Instant closedAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  /**
   * A forecast revision (its event id) that arrived while this case's order was in flight: it opens
   * a follow-up case when this one ends. See {@code CaseIntake}.
   */
  @Column(name = "deferred_revision_event")
  public String deferredRevisionEvent;

  /** The case opened for the revision deferred on this one. */
  @Column(name = "follow_up_case_id")
  public String followUpCaseId;

  /** The case whose deferred revision opened this one. */
  @Column(name = "follow_up_of")
  public String followUpOf;

  /** W3C {@code traceparent} of the flow; the worker's steps continue this trace. */
  public String traceparent;

  @Version public long version;

  /** {@code itemId@locationId}, the Kafka key of the case's events. */
  public String key() {
    return itemId + "@" + locationId;
  }

  /**
   * Whether the case's order is in flight: procurement has been asked for something (SOURCING and
   * later), or a step after the supplier PO was issued is parked or failed (the ERP update still
   * has to happen). A newer revision must not restart such a case — that would drop the request or
   * the ERP update already under way — so it is deferred to a follow-up case instead.
   */
  public boolean orderInFlight() {
    if (state.isTerminal()) {
      return false;
    }
    if (!state.isRevisable()) {
      return true;
    }
    return (state == CaseState.PARKED || state == CaseState.EXCEPTION)
        && resumeState == CaseState.PO_ISSUED;
  }

  /** Schedules background work (enrichment or the ERP update) to run as soon as possible. */
  public void schedule(PendingAction action, Instant at) {
    pendingAction = action;
    nextAttemptAt = at;
    attempts = 0;
    leaseUntil = null;
  }

  /** Nothing left for the worker; the case waits for events or people. */
  public void clearWork() {
    pendingAction = null;
    nextAttemptAt = null;
    leaseUntil = null;
  }
}
