package io.distconnect.orchestrator.persistence;

import io.distconnect.contracts.event.ErpPurchaseOrderChanged;
import io.distconnect.contracts.event.EventJson;
import io.distconnect.contracts.event.PurchaseOrderIssued;
import io.distconnect.contracts.event.ShipmentMilestoneReached;
import io.distconnect.contracts.event.SupplierAcknowledged;
import io.distconnect.contracts.model.PurchaseOrderStatus;
import io.distconnect.orchestrator.client.ErpApi;
import io.distconnect.orchestrator.domain.CaseState;
import io.distconnect.orchestrator.domain.ExceptionType;
import io.distconnect.orchestrator.domain.ProcessDomain;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * Follows a case's purchase order after sourcing: procurement issued it (→ PO_ISSUED, ERP update
 * queued), the ERP has it (→ ERP_UPDATED), the supplier acknowledged or shipped it (→
 * ACKNOWLEDGED). A case is COMPLETED once the ERP copy is updated and the supplier has acknowledged
 * (a shipment counts as acknowledgment); a rejection is an exception. Event methods run in the
 * consumer's transaction; orders not raised by a case (buyer-made) are ignored.
 */
@ApplicationScoped
public class PurchaseOrderTracker {

  private static final Set<PurchaseOrderStatus> ACCEPTED =
      EnumSet.of(PurchaseOrderStatus.ACKNOWLEDGED, PurchaseOrderStatus.CHANGED);

  private final CaseTransitions transitions;
  private final ExceptionQueue exceptions;
  private final CaseIntake intake;

  public PurchaseOrderTracker(
      CaseTransitions transitions, ExceptionQueue exceptions, CaseIntake intake) {
    this.transitions = transitions;
    this.exceptions = exceptions;
    this.intake = intake;
  }

  public Uni<Void> issued(String eventId, PurchaseOrderIssued po) {
    Cause cause =
        Cause.event(
            "PurchaseOrderIssued " + po.purchaseOrderNumber() + " r" + po.revision(), eventId);
    return find(po.caseId(), po.requestId(), po.purchaseOrderNumber(), null)
        .flatMap(
            c -> {
              if (c == null) {
                Log.debugf("PO %s belongs to no case; ignored", po.purchaseOrderNumber());
                return Uni.createFrom().voidItem();
              }
              if (po.purchaseOrderNumber().equals(c.poNumber)
                  && c.poRevision != null
                  && po.revision() <= c.poRevision) {
                Log.infof(
                    "Stale PO %s r%d for case %s; ignored",
                    po.purchaseOrderNumber(), po.revision(), c.id);
                return Uni.createFrom().voidItem();
              }
              c.poNumber = po.purchaseOrderNumber();
              c.poRevision = po.revision();
              c.poIssueKind = po.issueKind().name();
              c.poDocument = EventJson.toJson(po);
              c.procurementStatus = PurchaseOrderStatus.ISSUED.name();
              c.schedule(PendingAction.ERP_SYNC, Instant.now());
              return exceptions
                  .settle(
                      c,
                      ExceptionType.APPROVAL_ESCALATED,
                      "PO " + po.purchaseOrderNumber() + " issued")
                  .flatMap(n -> issuedOn(c, po, cause));
            });
  }

  private Uni<Void> issuedOn(ReplenishmentCase c, PurchaseOrderIssued po, Cause cause) {
    if (c.state == CaseState.PARKED || c.state == CaseState.EXCEPTION) {
      // The pending ERP update will carry the newest revision when the case resumes.
      c.resumeState = CaseState.PO_ISSUED;
      return Uni.createFrom().voidItem();
    }
    if (c.state == CaseState.PO_ISSUED) {
      return Uni.createFrom().voidItem();
    }
    return transitions
        .move(c, CaseState.PO_ISSUED, cause, "supplier " + po.supplierId())
        .replaceWithVoid();
  }

  public Uni<Void> acknowledged(String eventId, SupplierAcknowledged ack) {
    Cause cause =
        Cause.event(
            "SupplierAcknowledged " + ack.purchaseOrderNumber() + " " + ack.outcome(), eventId);
    return find(ack.caseId(), null, ack.purchaseOrderNumber(), null)
        .flatMap(
            c -> {
              if (c == null || c.state.isTerminal()) {
                return Uni.createFrom().voidItem();
              }
              c.procurementStatus = ack.outcome().name();
              if (ack.outcome() == PurchaseOrderStatus.REJECTED) {
                String reason =
                    "Supplier " + ack.supplierId() + " rejected " + ack.purchaseOrderNumber();
                c.statusReason = reason;
                c.resumeState = CaseState.SOURCING;
                c.clearWork();
                return transitions
                    .move(c, CaseState.EXCEPTION, cause, reason)
                    .flatMap(
                        x ->
                            exceptions.raise(
                                ExceptionType.REJECTED_ACK, ProcessDomain.SUPPLIER_ACK, c, reason))
                    .replaceWithVoid();
              }
              return accept(c, cause);
            });
  }

  public Uni<Void> shipped(String eventId, ShipmentMilestoneReached m) {
    Cause cause =
        Cause.event(
            "ShipmentMilestoneReached " + m.purchaseOrderNumber() + " " + m.status(), eventId);
    return find(m.caseId(), null, m.purchaseOrderNumber(), null)
        .flatMap(
            c ->
                c == null || c.state.isTerminal() ? Uni.createFrom().voidItem() : accept(c, cause));
  }

  public Uni<Void> erpChanged(String eventId, ErpPurchaseOrderChanged change) {
    Cause cause =
        Cause.event(
            "ErpPurchaseOrderChanged " + change.purchaseOrderNumber() + " " + change.changeKind(),
            eventId);
    return find(change.caseId(), null, null, change.purchaseOrderNumber())
        .flatMap(
            c -> {
              if (c == null) {
                return Uni.createFrom().voidItem();
              }
              c.erpStatus = change.status().name();
              c.erpPoNumber = change.purchaseOrderNumber();
              boolean parkedSync =
                  c.state == CaseState.PARKED && c.resumeState == CaseState.PO_ISSUED;
              if (c.state != CaseState.PO_ISSUED && !parkedSync) {
                return Uni.createFrom().voidItem();
              }
              // The ERP already has the order (our call's answer was lost, or it was queued).
              c.clearWork();
              c.attempts = 0;
              Uni<ReplenishmentCase> resumed =
                  parkedSync
                      ? transitions.move(c, CaseState.PO_ISSUED, cause)
                      : Uni.createFrom().item(c);
              return resumed.flatMap(x -> erpUpdated(c, cause));
            });
  }

  /** Applies a successful ERP create/amend made by the worker. */
  public Uni<Void> erpSynced(WorkItem work, ErpApi.PurchaseOrder erpPo) {
    return Panache.withTransaction(
        () ->
            ReplenishmentCase.<ReplenishmentCase>findById(
                    work.caseId(), LockModeType.PESSIMISTIC_WRITE)
                .flatMap(
                    c -> {
                      if (c == null
                          || c.pendingAction != PendingAction.ERP_SYNC
                          || c.state != work.state()) {
                        return Uni.createFrom().voidItem();
                      }
                      c.erpPoNumber = erpPo.number();
                      c.erpStatus = erpPo.status();
                      if (c.poRevision != null && !c.poRevision.equals(work.poRevision())) {
                        // A newer revision arrived meanwhile: sync again.
                        c.schedule(PendingAction.ERP_SYNC, Instant.now());
                        return Uni.createFrom().voidItem();
                      }
                      int failed = c.attempts;
                      c.clearWork();
                      c.attempts = 0;
                      Uni<ReplenishmentCase> resumed =
                          c.state == CaseState.PARKED
                              ? transitions.move(
                                  c,
                                  CaseState.PO_ISSUED,
                                  Cause.system("Resumed after " + failed + " failed attempt(s)"))
                              : Uni.createFrom().item(c);
                      Cause cause =
                          Cause.system(
                              "ERP purchase order "
                                  + erpPo.number()
                                  + " "
                                  + (c.poIssueKind == null
                                      ? "updated"
                                      : c.poIssueKind.toLowerCase()));
                      return resumed.flatMap(x -> erpUpdated(c, cause));
                    }));
  }

  private Uni<Void> erpUpdated(ReplenishmentCase c, Cause cause) {
    return transitions
        .move(c, CaseState.ERP_UPDATED, cause)
        .flatMap(
            x ->
                c.acknowledgedAt != null
                    ? complete(c, Cause.system("Supplier had already acknowledged"))
                    : Uni.createFrom().voidItem());
  }

  private Uni<Void> accept(ReplenishmentCase c, Cause cause) {
    boolean first = c.acknowledgedAt == null;
    if (first) {
      c.acknowledgedAt = Instant.now();
      meters().step(ProcessDomain.SUPPLIER_ACK, c.poIssuedAt, c.acknowledgedAt);
    }
    if (c.state != CaseState.ERP_UPDATED) {
      // Recorded; completion follows the ERP update.
      return Uni.createFrom().voidItem();
    }
    return complete(c, cause);
  }

  private Uni<Void> complete(ReplenishmentCase c, Cause cause) {
    return transitions
        .move(c, CaseState.ACKNOWLEDGED, cause)
        .flatMap(
            x ->
                transitions.move(
                    c, CaseState.COMPLETED, Cause.system("ERP updated and supplier acknowledged")))
        .flatMap(x -> intake.followUp(c));
  }

  private ProcessMeters meters() {
    return transitions.meters();
  }

  /** By case id (carried on every event the flow produces), else request id or PO numbers. */
  private static Uni<ReplenishmentCase> find(
      String caseId, String requestId, String poNumber, String erpPoNumber) {
    if (caseId != null) {
      return ReplenishmentCase.findById(caseId, LockModeType.PESSIMISTIC_WRITE);
    }
    if (requestId != null) {
      return ReplenishmentCase.<ReplenishmentCase>find("requestId", requestId)
          .withLock(LockModeType.PESSIMISTIC_WRITE)
          .firstResult();
    }
    if (poNumber != null) {
      return ReplenishmentCase.<ReplenishmentCase>find(
              "poNumber = ?1 order by openedAt desc", poNumber)
          .withLock(LockModeType.PESSIMISTIC_WRITE)
          .firstResult();
    }
    return ReplenishmentCase.<ReplenishmentCase>find(
            "erpPoNumber = ?1 order by openedAt desc", erpPoNumber)
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .firstResult();
  }
}
