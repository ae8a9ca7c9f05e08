package io.distconnect.orchestrator.persistence;

import io.distconnect.orchestrator.domain.ExceptionType;
import io.distconnect.orchestrator.domain.ProcessDomain;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/** Raises exceptions for people to work on, in the caller's transaction. */
@ApplicationScoped
public class ExceptionQueue {

  private final ProcessMeters meters;

  public ExceptionQueue(ProcessMeters meters) {
    this.meters = meters;
  }

  /** An exception about a case. */
  public Uni<ProcessException> raise(
      ExceptionType type, ProcessDomain domain, ReplenishmentCase c, String reason) {
    ProcessException e = newException(type, type.domain(domain), reason);
    e.caseId = c == null ? null : c.id;
    return e.persist();
  }

  /** Resolves the case's open exceptions that a newer revision made moot. */
  public Uni<Integer> supersede(ReplenishmentCase c, String why) {
    Instant now = Instant.now();
    return ProcessException.update(
        "status = ?1, resolvedAt = ?2, resolvedBy = ?3, updatedAt = ?2, reason = concat(reason, ?4)"
            + " where caseId = ?5 and status = ?6",
        ProcessException.RESOLVED,
        now,
        Cause.SYSTEM,
        " [resolved: " + why + "]",
        c.id,
        ProcessException.OPEN);
  }

  /**
   * Resolves the case's open exceptions of one type that an event settled (e.g. an approval
   * escalation once the order was issued), as the system.
   */
  public Uni<Integer> settle(ReplenishmentCase c, ExceptionType type, String why) {
    Instant now = Instant.now();
    return ProcessException.update(
        "status = ?1, resolvedAt = ?2, resolvedBy = ?3, updatedAt = ?2, reason = concat(reason, ?4)"
            + " where caseId = ?5 and status = ?6 and type = ?7",
        ProcessException.RESOLVED,
        now,
        Cause.SYSTEM,
        " [resolved: " + why + "]",
        c.id,
        ProcessException.OPEN,
        type.name());
  }

  ProcessException newException(ExceptionType type, ProcessDomain domain, String reason) {
    ProcessException e = new ProcessException();
    e.id = "EX-" + UUID.randomUUID();
    e.type = type.name();
    e.domain = domain.label();
    e.status = ProcessException.OPEN;
    e.reason = reason;
    e.createdAt = Instant.now();
    e.updatedAt = e.createdAt;
    meters.exceptionRaised(e.type, domain);
    return e;
  }
}
