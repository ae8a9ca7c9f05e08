package io.distconnect.procurement.domain;

import io.distconnect.contracts.event.ApprovalEscalated;
import io.distconnect.contracts.model.Money;
import io.distconnect.procurement.config.ProcurementConfig;
import io.distconnect.procurement.messaging.EventOutbox;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/** Buyer decisions on pending approvals, and escalation of the ones left waiting too long. */
@ApplicationScoped
public class ApprovalService {

  private final PurchaseOrderIssuer issuer;
  private final ProcurementFlow flow;
  private final EventOutbox outbox;
  private final Duration escalateAfter;

  public ApprovalService(
      PurchaseOrderIssuer issuer,
      ProcurementFlow flow,
      EventOutbox outbox,
      ProcurementConfig config) {
    this.issuer = issuer;
    this.flow = flow;
    this.outbox = outbox;
    this.escalateAfter = config.approval().escalateAfter();
  }

  /** A page of approvals (optionally of one status), oldest first, and the total. */
  @WithSession
  public Uni<Result> list(ApprovalStatus status, int page, int size) {
    var query =
        status == null
            ? Approval.<Approval>findAll(Sort.by("createdAt"))
            : Approval.<Approval>find("status", Sort.by("createdAt"), status);
    return query
        .page(Page.of(page, size))
        .list()
        .flatMap(items -> query.count().map(total -> new Result(items, total)));
  }

  /** A page of approvals and the number of all matches. */
  public record Result(List<Approval> items, long total) {}

  /** Approves a pending request and issues its order in the same transaction. */
  @WithSpan
  @WithTransaction
  public Uni<Approval> approve(UUID id, String buyer, String comment) {
    // The @WithSpan span is current only while this method assembles the pipeline.
    Span span = Span.current();
    return decide(id, buyer, comment, ApprovalStatus.APPROVED)
        .call(a -> request(a).invoke(r -> FlowTrace.link(span, r)).flatMap(issuer::issue));
  }

  /** Rejects a pending request; it is recorded as a sourcing exception so the case sees it. */
  @WithSpan
  @WithTransaction
  public Uni<Approval> reject(UUID id, String buyer, String comment) {
    Span span = Span.current();
    return decide(id, buyer, comment, ApprovalStatus.REJECTED)
        .call(
            a ->
                request(a)
                    .invoke(r -> FlowTrace.link(span, r))
                    .flatMap(
                        r -> {
                          Uni<Void> failed =
                              flow.fail(
                                  r,
                                  SourcingFailure.APPROVAL_REJECTED,
                                  "Rejected by " + buyer + ": " + comment);
                          r.status = ReplenishmentRequestStatus.REJECTED;
                          return failed;
                        }));
  }

  private Uni<Approval> decide(UUID id, String buyer, String comment, ApprovalStatus outcome) {
    return Approval.<Approval>findById(id)
        .onItem()
        .ifNull()
        .failWith(() -> new NotFoundException("No approval " + id))
        .map(
            a -> {
              if (a.status != ApprovalStatus.PENDING) {
                throw new ConflictException("Approval " + id + " was already " + a.status);
              }
              a.status = outcome;
              a.decidedBy = buyer;
              a.comment = comment;
              a.decidedAt = Instant.now();
              Log.infof("Approval %s %s by %s", id, outcome, buyer);
              return a;
            });
  }

  private static Uni<ReplenishmentRequest> request(Approval a) {
    return ReplenishmentRequest.<ReplenishmentRequest>findById(a.requestId);
  }

  /**
   * Marks pending approvals older than the configured age as escalated, once each, and publishes
   * {@code ApprovalEscalated} for each in the same transaction; they stay listed (with their
   * escalation time) until a buyer decides. Two replicas escalating the same approval collide on
   * its version, so only one commit (and one event) survives.
   */
  @Scheduled(
      every = "${distconnect.procurement.approval.escalation-check:60s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  Uni<Void> escalate() {
    Instant cutoff = Instant.now().minus(escalateAfter);
    return Panache.withTransaction(
            () ->
                Approval.<Approval>list(
                        "status = ?1 and escalatedAt is null and createdAt < ?2",
                        ApprovalStatus.PENDING,
                        cutoff)
                    // In sequence: a Hibernate Reactive session runs one operation at a time.
                    .flatMap(
                        pending ->
                            Multi.createFrom()
                                .iterable(pending)
                                .onItem()
                                .transformToUniAndConcatenate(this::escalate)
                                .collect()
                                .last()))
        .replaceWithVoid();
  }

  private Uni<Void> escalate(Approval a) {
    a.escalatedAt = Instant.now();
    Log.warnf(
        "Approval %s of request %s (%s %s, group %s) pending since %s: escalated",
        a.id, a.requestId, a.amount.toPlainString(), a.currency, a.buyerGroup, a.createdAt);
    return request(a)
        .flatMap(
            r ->
                outbox.publish(
                    new ApprovalEscalated(
                        a.id.toString(),
                        r.requestId,
                        r.caseId,
                        r.itemId,
                        r.locationId,
                        new Money(a.amount, Currency.getInstance(a.currency)),
                        a.buyerGroup,
                        a.createdAt,
                        a.escalatedAt)))
        .replaceWithVoid();
  }
}
