package io.distconnect.orchestrator.persistence;

import io.distconnect.orchestrator.client.ConnectorRejectedException;
import io.distconnect.orchestrator.client.ConnectorUnavailableException;
import io.distconnect.orchestrator.config.OrchestratorConfig;
import io.distconnect.orchestrator.domain.CaseState;
import io.distconnect.orchestrator.domain.ExceptionType;
import io.distconnect.orchestrator.domain.ProcessDomain;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Parks a case whose connector call failed, instead of failing it: PARKED with the reason and the
 * time of the next attempt, backing off exponentially (with jitter, and never sooner than the
 * connector's Retry-After). After the configured number of attempts it becomes a RETRIES_EXHAUSTED
 * exception; a request the connector rejects outright (4xx) becomes an exception at once, since
 * retrying it cannot help.
 */
@ApplicationScoped
public class CaseParking {

  private final CaseTransitions transitions;
  private final ExceptionQueue exceptions;
  private final OrchestratorConfig.Worker config;

  public CaseParking(
      CaseTransitions transitions, ExceptionQueue exceptions, OrchestratorConfig config) {
    this.transitions = transitions;
    this.exceptions = exceptions;
    this.config = config.worker();
  }

  public Uni<Void> park(WorkItem work, Throwable failure) {
    return Panache.withTransaction(
        () ->
            ReplenishmentCase.<ReplenishmentCase>findById(work.caseId())
                .flatMap(
                    c ->
                        c == null || moved(c, work)
                            ? Uni.createFrom().voidItem()
                            : park(c, work, failure)));
  }

  private static boolean moved(ReplenishmentCase c, WorkItem work) {
    return c.revisionCount != work.revisionCount()
        || c.state != work.state()
        || c.pendingAction != work.action();
  }

  private Uni<Void> park(ReplenishmentCase c, WorkItem work, Throwable failure) {
    String reason =
        failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    ProcessDomain domain =
        work.action() == PendingAction.ERP_SYNC
            ? ProcessDomain.ERP_UPDATE
            : ProcessDomain.PLANNING_DECISION;
    CaseState step = c.state == CaseState.PARKED ? c.resumeState : c.state;
    if (failure instanceof ConnectorRejectedException && work.action() == PendingAction.ERP_SYNC) {
      return toException(c, step, ExceptionType.ERP_REJECTED, domain, reason);
    }
    int attempts = work.attempts() + 1;
    if (attempts >= config.maxAttempts()) {
      return toException(
          c,
          step,
          ExceptionType.RETRIES_EXHAUSTED,
          domain,
          "Gave up after " + attempts + " attempts: " + reason);
    }
    Duration delay = backoff(attempts, failure);
    c.attempts = attempts;
    c.nextAttemptAt = Instant.now().plus(delay);
    c.leaseUntil = null;
    c.statusReason = reason;
    Log.warnf("Case %s parked (attempt %d), next try in %s: %s", c.id, attempts, delay, reason);
    if (c.state == CaseState.PARKED) {
      return Uni.createFrom().voidItem();
    }
    c.resumeState = c.state;
    return transitions
        .move(
            c,
            CaseState.PARKED,
            Cause.system("Parked: " + reason),
            "next attempt at " + c.nextAttemptAt)
        .replaceWithVoid();
  }

  private Uni<Void> toException(
      ReplenishmentCase c,
      CaseState step,
      ExceptionType type,
      ProcessDomain domain,
      String reason) {
    c.resumeState = step;
    c.statusReason = reason;
    c.clearWork();
    return transitions
        .move(c, CaseState.EXCEPTION, Cause.system(type + ": " + reason), reason)
        .flatMap(x -> exceptions.raise(type, domain, c, reason))
        .replaceWithVoid();
  }

  /** initial · 2^(attempt−1), capped, plus up to 20% jitter; at least the Retry-After. */
  Duration backoff(int attempt, Throwable failure) {
    long initial = config.backoffInitial().toMillis();
    long capped = Math.min(config.backoffMax().toMillis(), initial << Math.min(attempt - 1, 20));
    long jittered = capped + ThreadLocalRandom.current().nextLong(capped / 5 + 1);
    long retryAfter =
        failure instanceof ConnectorUnavailableException u
            ? u.retryAfter().map(Duration::toMillis).orElse(0L)
            : 0L;
    return Duration.ofMillis(Math.max(jittered, retryAfter));
  }
}
