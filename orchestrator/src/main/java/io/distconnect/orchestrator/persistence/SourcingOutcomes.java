package io.distconnect.orchestrator.persistence;

import io.distconnect.contracts.event.ApprovalEscalated;
import io.distconnect.contracts.event.SourcingExceptionRaised;
import io.distconnect.contracts.event.SourcingExceptionReason;
import io.distconnect.orchestrator.domain.CaseState;
import io.distconnect.orchestrator.domain.ExceptionType;
import io.distconnect.orchestrator.domain.ProcessDomain;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.EnumSet;
import java.util.Set;

/**
 * What procurement reports about a request it could not (yet) fulfil, applied in the consumer's
 * transaction:
 *
 * <ul>
 *   <li>{@code SourcingExceptionRaised} → the case goes to EXCEPTION with a NO_SUPPLIER exception
 *       (no contract, unit, lead time or capacity fits) or SOURCING_FAILED (the rest). Retrying it
 *       sends a new {@code ReplenishmentRequested} with a new request id — once a buyer fixed the
 *       contract — except for a PO that cannot be amended, where the case decides again on fresh
 *       ERP data (the open order it named is gone or closed).
 *   <li>{@code ApprovalEscalated} → a note on the case's timeline (the case stays where it is: the
 *       approval is still pending) and, unless the PO was issued meanwhile, an APPROVAL_ESCALATED
 *       alert in the exception queue, which the issued PO settles or a person resolves.
 * </ul>
 *
 * An event for a request that is not the case's current one (the case was superseded by a newer
 * revision and asked again, or was retried) or for a closed or unknown case changes nothing: it is
 * logged and counted ({@code distconnect.events.ignored}).
 */
@ApplicationScoped
public class SourcingOutcomes {

  /** Reasons that mean no supplier fits: a buyer fixes contracts, then the request is re-sent. */
  private static final Set<SourcingExceptionReason> NO_SUPPLIER =
      EnumSet.of(
          SourcingExceptionReason.NO_CONTRACT,
          SourcingExceptionReason.NO_UNIT_CONVERSION,
          SourcingExceptionReason.LEAD_TIME_TOO_LONG,
          SourcingExceptionReason.CAPACITY_EXHAUSTED);

  private final CaseTransitions transitions;
  private final ExceptionQueue exceptions;
  private final ProcessMeters meters;

  public SourcingOutcomes(
      CaseTransitions transitions, ExceptionQueue exceptions, ProcessMeters meters) {
    this.transitions = transitions;
    this.exceptions = exceptions;
    this.meters = meters;
  }

  public Uni<Void> sourcingFailed(String eventId, SourcingExceptionRaised e) {
    return current("SourcingExceptionRaised", e.caseId(), e.requestId())
        .flatMap(
            c -> {
              if (c == null) {
                return Uni.createFrom().voidItem();
              }
              ExceptionType type =
                  NO_SUPPLIER.contains(e.reason())
                      ? ExceptionType.NO_SUPPLIER
                      : ExceptionType.SOURCING_FAILED;
              String reason =
                  "Procurement: "
                      + e.reason()
                      + (e.purchaseOrderNumber() == null
                          ? ""
                          : " (" + e.purchaseOrderNumber() + ")")
                      + " — "
                      + e.detail();
              Cause cause =
                  Cause.event(
                      "SourcingExceptionRaised " + e.reason() + " for " + e.requestId(), eventId);
              c.statusReason = reason;
              c.procurementStatus = e.reason().name();
              c.resumeState =
                  e.reason() == SourcingExceptionReason.PURCHASE_ORDER_NOT_AMENDABLE
                      ? CaseState.POLICY_CHECKED
                      : CaseState.SOURCING;
              c.clearWork();
              Uni<ReplenishmentCase> moved =
                  c.state == CaseState.EXCEPTION
                      ? Uni.createFrom().item(c)
                      : transitions.move(c, CaseState.EXCEPTION, cause, reason);
              return moved
                  .flatMap(x -> exceptions.raise(type, ProcessDomain.SOURCING, c, reason))
                  .replaceWithVoid();
            });
  }

  public Uni<Void> approvalEscalated(String eventId, ApprovalEscalated e) {
    return current("ApprovalEscalated", e.caseId(), e.requestId())
        .flatMap(
            c -> {
              if (c == null) {
                return Uni.createFrom().voidItem();
              }
              String reason =
                  "Approval "
                      + e.approvalId()
                      + " of "
                      + e.orderValue().amount().toPlainString()
                      + " "
                      + e.orderValue().currency().getCurrencyCode()
                      + " pending with buyer group "
                      + e.buyerGroup()
                      + " since "
                      + e.pendingSince()
                      + ", escalated at "
                      + e.escalatedAt();
              Uni<ReplenishmentCase> noted =
                  transitions.note(
                      c,
                      Cause.event(
                          "ApprovalEscalated " + e.approvalId() + " for " + e.requestId(), eventId),
                      reason);
              if (c.poNumber != null) {
                // The order was issued meanwhile (events of two topics race): nothing to chase.
                return noted.replaceWithVoid();
              }
              return noted
                  .flatMap(
                      x ->
                          exceptions.raise(
                              ExceptionType.APPROVAL_ESCALATED, ProcessDomain.APPROVAL, c, reason))
                  .replaceWithVoid();
            });
  }

  /** The case, locked, if the request is still its current one; null (logged, counted) if not. */
  private Uni<ReplenishmentCase> current(String type, String caseId, String requestId) {
    return ReplenishmentCase.<ReplenishmentCase>findById(caseId, LockModeType.PESSIMISTIC_WRITE)
        .map(
            c -> {
              String ignored = null;
              if (c == null) {
                ignored = "unknown-case";
              } else if (!requestId.equals(c.requestId)) {
                ignored = "superseded-request";
              } else if (c.state.isTerminal()) {
                ignored = "case-closed";
              }
              if (ignored == null) {
                return c;
              }
              Log.infof(
                  "%s for case %s request %s ignored (%s; the case's request is %s)",
                  type, caseId, requestId, ignored, c == null ? null : c.requestId);
              meters.eventIgnored(type, ignored);
              return null;
            });
  }
}
