package io.distconnect.orchestrator.persistence;

import io.distconnect.contracts.event.CaseTransitioned;
import io.distconnect.orchestrator.domain.CaseState;
import io.distconnect.orchestrator.domain.ProcessDomain;
import io.distconnect.orchestrator.messaging.EventOutbox;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The only way a case changes state: checks the move against the state machine (an illegal one
 * throws and rolls the transaction back), stamps the case, stores the audit row and puts {@code
 * CaseTransitioned} in the outbox — all in the caller's transaction.
 */
@ApplicationScoped
public class CaseTransitions {

  private final EventOutbox outbox;
  private final ProcessMeters meters;

  public CaseTransitions(EventOutbox outbox, ProcessMeters meters) {
    this.outbox = outbox;
    this.meters = meters;
  }

  ProcessMeters meters() {
    return meters;
  }

  /** Stores a new case in RECEIVED. */
  public Uni<ReplenishmentCase> open(ReplenishmentCase c, Cause cause) {
    Instant now = Instant.now();
    c.state = CaseState.RECEIVED;
    c.openedAt = now;
    c.updatedAt = now;
    // Flush before the audit row: its IDENTITY insert runs at once and references the case.
    return c.<ReplenishmentCase>persistAndFlush()
        .flatMap(saved -> record(saved, null, CaseState.RECEIVED, cause, now, null));
  }

  /** Moves a case; the detail (e.g. a park reason) goes into the audit row. */
  public Uni<ReplenishmentCase> move(ReplenishmentCase c, CaseState to, Cause cause) {
    return move(c, to, cause, null);
  }

  public Uni<ReplenishmentCase> move(
      ReplenishmentCase c, CaseState to, Cause cause, String detail) {
    CaseState from = c.state;
    from.transitionTo(to);
    Instant now = Instant.now();
    c.state = to;
    c.updatedAt = now;
    stamp(c, from, to, now);
    return record(c, from, to, cause, now, detail);
  }

  /**
   * Records something that happened to a case without changing its state (e.g. procurement
   * escalated its approval): a timeline row from and to the current state. It is not published as
   * {@code CaseTransitioned}, because the case did not transition.
   */
  public Uni<ReplenishmentCase> note(ReplenishmentCase c, Cause cause, String detail) {
    Instant now = Instant.now();
    c.updatedAt = now;
    CaseTransition row = new CaseTransition();
    row.caseId = c.id;
    row.fromState = c.state.name();
    row.toState = c.state.name();
    row.at = now;
    row.cause = truncate(cause.description(), 300);
    row.eventId = cause.eventId();
    row.traceId = currentTraceId();
    row.actor = cause.actor();
    row.detail = detail;
    Log.infof("Case %s (%s) stays %s: %s", c.id, c.key(), c.state, cause.description());
    return row.persist().replaceWith(c);
  }

  private void stamp(ReplenishmentCase c, CaseState from, CaseState to, Instant now) {
    switch (to) {
      case DECIDED -> {
        c.decidedAt = now;
        meters.step(ProcessDomain.PLANNING_DECISION, c.openedAt, now);
      }
      case AWAITING_APPROVAL -> c.approvalStartedAt = now;
      case SOURCING -> {
        c.sourcingAt = now;
        if (from == CaseState.AWAITING_APPROVAL) {
          meters.step(ProcessDomain.APPROVAL, c.approvalStartedAt, now);
        }
      }
      case PO_ISSUED -> {
        if (c.poIssuedAt == null) {
          c.poIssuedAt = now;
          meters.step(ProcessDomain.SOURCING, c.sourcingAt, now);
          meters.forecastToPo(c.openedAt, now);
        }
      }
      case ERP_UPDATED -> {
        c.erpUpdatedAt = now;
        meters.step(ProcessDomain.ERP_UPDATE, c.poIssuedAt, now);
      }
      case RECEIVED -> {
        // A newer revision restarts the decision: earlier decision data no longer applies.
        c.decidedAt = null;
        c.approvalStartedAt = null;
        c.decision = null;
        c.decisionKind = null;
        c.requestQuantity = null;
        c.resumeState = null;
        // Deciding again reads the newest profile, which includes any deferred revision.
        c.deferredRevisionEvent = null;
      }
      default -> {
        // other states carry no timestamp of their own
      }
    }
    if (to.isTerminal()) {
      c.closedAt = now;
      c.clearWork();
    }
  }

  private Uni<ReplenishmentCase> record(
      ReplenishmentCase c, CaseState from, CaseState to, Cause cause, Instant at, String detail) {
    String traceId = currentTraceId();
    if (traceId != null && (to == CaseState.RECEIVED || to == CaseState.PO_ISSUED)) {
      // A revision (re)starts the flow, an issued PO continues it: later background steps join it.
      Map<String, String> carrier = new HashMap<>();
      W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
      c.traceparent = carrier.get("traceparent");
    }
    CaseTransition row = new CaseTransition();
    row.caseId = c.id;
    row.fromState = from == null ? null : from.name();
    row.toState = to.name();
    row.at = at;
    row.cause = truncate(cause.description(), 300);
    row.eventId = cause.eventId();
    row.traceId = traceId;
    row.actor = cause.actor();
    row.detail = detail;
    meters.transition(to);
    Log.infof("Case %s (%s) %s → %s: %s", c.id, c.key(), from, to, cause.description());
    CaseTransitioned event =
        new CaseTransitioned(
            c.id,
            c.itemId,
            c.locationId,
            row.fromState,
            row.toState,
            row.cause,
            at,
            traceId,
            cause.actor());
    return row.persist().flatMap(r -> outbox.publish(event)).replaceWith(c);
  }

  private static String currentTraceId() {
    SpanContext span = Span.current().getSpanContext();
    return span.isValid() ? span.getTraceId() : null;
  }

  private static String truncate(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max - 1) + "…";
  }
}
