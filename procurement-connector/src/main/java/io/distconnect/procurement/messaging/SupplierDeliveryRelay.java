package io.distconnect.procurement.messaging;

import io.distconnect.procurement.adapter.cxml.CxmlOrderRequestWriter;
import io.distconnect.procurement.adapter.cxml.CxmlSupplierClient;
import io.distconnect.procurement.adapter.cxml.SupplierDirectory;
import io.distconnect.procurement.adapter.embedded.EmbeddedSupplierSimulator;
import io.distconnect.procurement.config.ProcurementConfig;
import io.distconnect.procurement.domain.IssuedOrder;
import io.distconnect.procurement.domain.PurchaseOrderEntity;
import io.distconnect.procurement.domain.ReplenishmentRequest;
import io.distconnect.procurement.domain.SourcingExceptions;
import io.distconnect.procurement.domain.SourcingFailure;
import io.distconnect.procurement.domain.SupplierChannel;
import io.distconnect.procurement.domain.SupplierDelivery;
import io.distconnect.procurement.domain.SupplierDeliveryQueue;
import io.distconnect.procurement.persistence.ConcurrentSteps;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.LockMode;

/**
 * Sends queued OrderRequests to suppliers. A due delivery is leased (so another instance leaves it
 * alone), rendered with the supplier's current credentials, and handed to the supplier's channel; a
 * failure parks it with exponential backoff, and after the attempt limit it is FAILED and a
 * sourcing exception makes it visible. An amendment waits until the earlier revisions of its order
 * are out, so a supplier never sees revision 3 before revision 2.
 */
@ApplicationScoped
public class SupplierDeliveryRelay {

  private static final Duration LEASE = Duration.ofMinutes(2);
  private static final int PAGE = 50;
  // Documents in flight at once: each supplier's own breaker and timeout guard its endpoint.
  private static final int CONCURRENCY = 8;
  private static final String DUE =
      "from SupplierDelivery d where d.status in ?1 and d.nextAttemptAt <= ?2 and not exists"
          + " (select 1 from SupplierDelivery e where e.purchaseOrderNumber ="
          + " d.purchaseOrderNumber and e.revision < d.revision and e.status in ?1)"
          + " order by d.createdAt";
  private static final List<SupplierDelivery.Status> OPEN =
      List.of(SupplierDelivery.Status.PENDING, SupplierDelivery.Status.PARKED);

  private final SupplierDeliveryQueue queue;
  private final CxmlOrderRequestWriter writer;
  private final SupplierDirectory directory;
  private final CxmlSupplierClient cxml;
  private final EmbeddedSupplierSimulator simulator;
  private final ProcurementConfig.Delivery config;
  private final SourcingExceptions exceptions;
  private final ConcurrentSteps steps;

  public SupplierDeliveryRelay(
      SupplierDeliveryQueue queue,
      CxmlOrderRequestWriter writer,
      SupplierDirectory directory,
      CxmlSupplierClient cxml,
      EmbeddedSupplierSimulator simulator,
      ProcurementConfig config,
      SourcingExceptions exceptions,
      ConcurrentSteps steps) {
    this.steps = steps;
    this.exceptions = exceptions;
    this.queue = queue;
    this.writer = writer;
    this.directory = directory;
    this.cxml = cxml;
    this.simulator = simulator;
    this.config = config.delivery();
  }

  @Scheduled(
      every = "${distconnect.procurement.delivery.poll:1s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  Uni<Void> deliverDue() {
    // A full page leaves more due deliveries behind: claim the next one at once.
    return Multi.createBy()
        .repeating()
        .uni(this::deliverPage)
        .whilst(claimed -> claimed >= PAGE)
        .collect()
        .last()
        .replaceWithVoid();
  }

  /** Claims one page of due deliveries and sends them; answers how many were claimed. */
  Uni<Integer> deliverPage() {
    Instant now = Instant.now();
    return Panache.withTransaction(() -> claim(now))
        .flatMap(due -> steps.each(due, CONCURRENCY, this::attempt).replaceWith(due.size()));
  }

  /**
   * Leases up to a page of the deliveries due at {@code now}; must run in a transaction. Rows
   * another instance is leasing at this moment are skipped ({@code FOR UPDATE SKIP LOCKED}): a
   * plain read would still see them due until that transaction commits, and both instances would
   * send the same document.
   */
  Uni<List<SupplierDelivery>> claim(Instant now) {
    return Panache.getSession()
        .flatMap(
            session ->
                session
                    .createSelectionQuery(DUE, SupplierDelivery.class)
                    .setParameter(1, OPEN)
                    .setParameter(2, now)
                    .setMaxResults(PAGE)
                    .setLockMode(LockMode.UPGRADE_SKIPLOCKED)
                    .getResultList())
        .invoke(due -> due.forEach(d -> d.nextAttemptAt = now.plus(LEASE)));
  }

  private Uni<Void> attempt(SupplierDelivery d) {
    Uni<Void> sent;
    try {
      IssuedOrder order = queue.read(d);
      String document = writer.render(order, d.payloadId, d.createdAt);
      SupplierChannel channel = directory.isEmbedded(d.supplierId) ? simulator : cxml;
      sent = channel.deliver(order, document);
    } catch (RuntimeException e) {
      sent = Uni.createFrom().failure(e);
    }
    return sent.onItemOrFailure()
        .transformToUni((ok, failure) -> Panache.withTransaction(() -> record(d.id, failure)))
        .onFailure()
        .invoke(e -> Log.errorf(e, "Outcome of delivery %s not recorded; lease expires", d.id))
        .onFailure()
        .recoverWithNull()
        .replaceWithVoid();
  }

  private Uni<Void> record(UUID id, Throwable failure) {
    return SupplierDelivery.<SupplierDelivery>findById(id)
        .flatMap(
            d -> {
              d.attempts++;
              if (failure == null) {
                d.status = SupplierDelivery.Status.DELIVERED;
                d.deliveredAt = Instant.now();
                d.lastError = null;
                return Uni.createFrom().voidItem();
              }
              String error =
                  failure.getMessage() == null ? failure.toString() : failure.getMessage();
              d.lastError = error.length() > 2000 ? error.substring(0, 2000) : error;
              if (d.attempts >= config.maxAttempts()) {
                d.status = SupplierDelivery.Status.FAILED;
                Log.errorf(
                    "Delivery of %s revision %d to %s failed %d times: %s",
                    d.purchaseOrderNumber, d.revision, d.supplierId, d.attempts, d.lastError);
                return exception(d);
              }
              d.status = SupplierDelivery.Status.PARKED;
              Duration wait = config.backoff().multipliedBy(1L << Math.min(d.attempts - 1, 20));
              d.nextAttemptAt =
                  Instant.now()
                      .plus(wait.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : wait);
              Log.warnf(
                  "Delivery of %s revision %d to %s parked until %s: %s",
                  d.purchaseOrderNumber, d.revision, d.supplierId, d.nextAttemptAt, d.lastError);
              return Uni.createFrom().voidItem();
            });
  }

  /** The FAILED status, the exception record and its event commit together. */
  private Uni<Void> exception(SupplierDelivery d) {
    return PurchaseOrderEntity.<PurchaseOrderEntity>findById(d.purchaseOrderNumber)
        .flatMap(
            po ->
                ReplenishmentRequest.<ReplenishmentRequest>findById(po.requestId)
                    .flatMap(
                        r -> {
                          if (r == null) {
                            return Uni.createFrom().voidItem();
                          }
                          return exceptions
                              .raise(
                                  r,
                                  SourcingFailure.DELIVERY_FAILED,
                                  "OrderRequest "
                                      + d.payloadId
                                      + " for "
                                      + d.purchaseOrderNumber
                                      + " revision "
                                      + d.revision
                                      + " not delivered to "
                                      + d.supplierId
                                      + " after "
                                      + d.attempts
                                      + " attempts: "
                                      + d.lastError,
                                  d.purchaseOrderNumber)
                              .replaceWithVoid();
                        }));
  }
}
