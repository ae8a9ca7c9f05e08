package io.distconnect.orchestrator.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.distconnect.orchestrator.domain.CaseState;
import io.distconnect.orchestrator.domain.ConflictException;
import io.distconnect.orchestrator.domain.ExceptionType;
import io.distconnect.orchestrator.domain.NotFoundException;
import io.opentelemetry.api.trace.Span;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;

/**
 * What people do with exceptions, each audited (who, when, why, trace) and, for case exceptions,
 * recorded on the case's timeline with the person as actor:
 *
 * <ul>
 *   <li>retry — MANUAL_REVIEW: approve the decision and send it to procurement; REJECTED_ACK,
 *       NO_SUPPLIER and SOURCING_FAILED raised by procurement: send the request to procurement
 *       again (a new request id); the others: run the failed step again (enrichment or the ERP
 *       update; for POLICY_BREACH this overrides the block); APPROVAL_ESCALATED is an alert and
 *       cannot be retried;
 *   <li>resolve — close it; a case still waiting on it is CLOSED (handled outside the flow), and a
 *       revision deferred on that case opens its follow-up case.
 * </ul>
 *
 * Dead letters are retried by replaying them (see the dead-letter API).
 */
@ApplicationScoped
public class ExceptionActions {

  private final CaseTransitions transitions;
  private final ReplenishmentRequests requests;
  private final CaseIntake intake;
  private final ObjectMapper json;

  public ExceptionActions(
      CaseTransitions transitions,
      ReplenishmentRequests requests,
      CaseIntake intake,
      ObjectMapper json) {
    this.transitions = transitions;
    this.requests = requests;
    this.intake = intake;
    this.json = json;
  }

  public Uni<ProcessException> retry(String id, String actor, String comment) {
    return Panache.withTransaction(
        () ->
            open(id)
                .flatMap(
                    e -> {
                      if (ExceptionType.DEAD_LETTER.name().equals(e.type)) {
                        throw new ConflictException(
                            "Dead letters are retried by replaying them: POST /api/v1/dead-letters/"
                                + e.sourceTopic
                                + "/replay");
                      }
                      if (ExceptionType.APPROVAL_ESCALATED.name().equals(e.type)) {
                        throw new ConflictException(
                            "An approval escalation is an alert with nothing to retry: the buyer"
                                + " group decides the approval in procurement; resolve it");
                      }
                      return caseOf(e)
                          .flatMap(c -> retryCase(e, c, actor, comment))
                          .flatMap(
                              x -> settle(e, ProcessException.RETRIED, "RETRY", actor, comment));
                    }));
  }

  public Uni<ProcessException> resolve(String id, String actor, String comment) {
    return Panache.withTransaction(
        () ->
            open(id)
                .flatMap(
                    e ->
                        (e.caseId == null
                                ? Uni.createFrom().<ReplenishmentCase>nullItem()
                                : caseOf(e))
                            .flatMap(
                                c -> {
                                  // An escalation alert never holds a case: resolving it must
                                  // not close a case that is in EXCEPTION for another reason.
                                  boolean waiting =
                                      c != null
                                          && !ExceptionType.APPROVAL_ESCALATED.name().equals(e.type)
                                          && (c.state == CaseState.EXCEPTION
                                              || (c.state == CaseState.AWAITING_APPROVAL
                                                  && ExceptionType.MANUAL_REVIEW
                                                      .name()
                                                      .equals(e.type)));
                                  if (!waiting) {
                                    return Uni.createFrom().voidItem();
                                  }
                                  c.clearWork();
                                  c.statusReason = "Resolved by " + actor + ": " + comment;
                                  return transitions
                                      .move(
                                          c,
                                          CaseState.CLOSED,
                                          Cause.person(
                                              actor, "Resolved " + e.type + ": " + comment))
                                      .flatMap(x -> intake.followUp(c));
                                })
                            .flatMap(
                                x ->
                                    settle(
                                        e, ProcessException.RESOLVED, "RESOLVE", actor, comment))));
  }

  /** Marks a dead letter replayed, after the broker took it back. */
  public Uni<Void> replayed(String id, String actor, String comment) {
    return Panache.withTransaction(
        () ->
            ProcessException.<ProcessException>findById(id, LockModeType.PESSIMISTIC_WRITE)
                .flatMap(e -> settle(e, ProcessException.REPLAYED, "REPLAY", actor, comment))
                .replaceWithVoid());
  }

  private Uni<Void> retryCase(
      ProcessException e, ReplenishmentCase c, String actor, String comment) {
    Cause cause = Cause.person(actor, "Retried " + e.type + ": " + comment);
    if (ExceptionType.MANUAL_REVIEW.name().equals(e.type)) {
      if (c.state != CaseState.AWAITING_APPROVAL) {
        throw new ConflictException("Case " + c.id + " is " + c.state + ", not awaiting approval");
      }
      return requests
          .send(c, plan(c), Cause.person(actor, "Approved: " + comment))
          .replaceWithVoid();
    }
    if (c.state != CaseState.EXCEPTION) {
      throw new ConflictException("Case " + c.id + " is " + c.state + ", not in EXCEPTION");
    }
    CaseState step = c.resumeState == null ? CaseState.POLICY_CHECKED : c.resumeState;
    if (step == CaseState.SOURCING) {
      c.poNumber = null;
      c.poRevision = null;
      c.poDocument = null;
      return requests.send(c, plan(c), cause).replaceWithVoid();
    }
    c.schedule(
        step == CaseState.PO_ISSUED ? PendingAction.ERP_SYNC : PendingAction.ENRICH, Instant.now());
    return transitions.move(c, step, cause).replaceWithVoid();
  }

  private RequestPlan plan(ReplenishmentCase c) {
    if (c.decision == null) {
      throw new ConflictException("Case " + c.id + " has no decision to send");
    }
    try {
      return json.treeToValue(json.readTree(c.decision).get("plan"), RequestPlan.class);
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException("Stored decision of " + c.id + " is unreadable", ex);
    }
  }

  private static Uni<ProcessException> open(String id) {
    return ProcessException.<ProcessException>findById(id, LockModeType.PESSIMISTIC_WRITE)
        .map(
            e -> {
              if (e == null) {
                throw new NotFoundException("No exception " + id);
              }
              if (!ProcessException.OPEN.equals(e.status)) {
                throw new ConflictException("Exception " + id + " is already " + e.status);
              }
              return e;
            });
  }

  private static Uni<ReplenishmentCase> caseOf(ProcessException e) {
    if (e.caseId == null) {
      throw new ConflictException("Exception " + e.id + " belongs to no case");
    }
    return ReplenishmentCase.findById(e.caseId, LockModeType.PESSIMISTIC_WRITE);
  }

  private static Uni<ProcessException> settle(
      ProcessException e, String status, String action, String actor, String comment) {
    Instant now = Instant.now();
    e.status = status;
    e.updatedAt = now;
    e.resolvedAt = now;
    e.resolvedBy = actor;
    ExceptionAction audit = new ExceptionAction();
    audit.exceptionId = e.id;
    audit.action = action;
    audit.actor = actor;
    audit.comment = comment;
    audit.at = now;
    audit.traceId =
        Span.current().getSpanContext().isValid()
            ? Span.current().getSpanContext().getTraceId()
            : null;
    return audit.persist().replaceWith(e);
  }
}
