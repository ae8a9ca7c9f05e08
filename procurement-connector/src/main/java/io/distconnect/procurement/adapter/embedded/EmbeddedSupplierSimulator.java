package io.distconnect.procurement.adapter.embedded;

import io.distconnect.procurement.adapter.cxml.CxmlDocument;
import io.distconnect.procurement.adapter.cxml.CxmlInboundHandler;
import io.distconnect.procurement.adapter.cxml.CxmlXml;
import io.distconnect.procurement.config.ProcurementConfig;
import io.distconnect.procurement.domain.IssuedOrder;
import io.distconnect.procurement.domain.SupplierChannel;
import io.distconnect.procurement.persistence.ConcurrentSteps;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.LockMode;

/**
 * Plays every supplier that has no cXML endpoint, so the whole flow runs on one machine: it parses
 * the OrderRequest like a supplier would, and after the configured delay answers with a real cXML
 * ConfirmationRequest (accept, change or reject, chosen per PO number) through the same inbound
 * handling a real supplier's document takes, shared-secret check included. The answers it owes are
 * rows in {@code simulated_answer}, so a restart still sends them; a poller sends the due ones.
 */
@ApplicationScoped
public class EmbeddedSupplierSimulator implements SupplierChannel {

  private static final int MAX_ATTEMPTS = 5;
  private static final int BATCH = 50;
  // Answers in flight at once, as many suppliers answering at the same time would be.
  private static final int CONCURRENCY = 8;
  // A claimed answer is left alone by other pollers this long, then tried again.
  private static final Duration LEASE = Duration.ofMinutes(2);

  private final CxmlInboundHandler inbound;
  private final SimulatedConfirmationWriter confirmations;
  private final ProcurementConfig.EmbeddedSupplier config;

  private final ConcurrentSteps steps;

  public EmbeddedSupplierSimulator(
      CxmlInboundHandler inbound,
      SimulatedConfirmationWriter confirmations,
      ProcurementConfig config,
      ConcurrentSteps steps) {
    this.steps = steps;
    this.inbound = inbound;
    this.confirmations = confirmations;
    this.config = config.embeddedSupplier();
  }

  @Override
  public Uni<Void> deliver(IssuedOrder order, String document) {
    // Read the order from the document itself, as the supplier would, not from our own record.
    CxmlDocument received;
    try {
      received = CxmlXml.read(document.getBytes(StandardCharsets.UTF_8));
    } catch (RuntimeException e) {
      return Uni.createFrom().failure(e);
    }
    if (received.request == null || received.request.orderRequest == null) {
      return Uni.createFrom().failure(new IllegalArgumentException("Not an OrderRequest"));
    }
    SimulatedAnswer answer =
        SimulatedAnswer.forOrder(order.number(), config.changePercent(), config.rejectPercent());
    PendingAnswer pending = new PendingAnswer();
    pending.id = UUID.randomUUID();
    pending.supplierId = order.supplierId();
    pending.purchaseOrderNumber = order.number();
    pending.revision = order.revision();
    pending.answer = answer;
    pending.document = confirmations.render(received, answer);
    pending.createdAt = Instant.now();
    pending.dueAt = pending.createdAt.plus(config.delay());
    // Its own transaction: the order counts as delivered once the supplier has it on record.
    return Panache.withTransaction(pending::persist)
        .invoke(
            () ->
                Log.infof(
                    "Simulated supplier %s received %s revision %d; will %s at %s",
                    order.supplierId(), order.number(), order.revision(), answer, pending.dueAt))
        .replaceWithVoid();
  }

  /** Sends the answers that are due, a few at a time. */
  @Scheduled(
      every = "${distconnect.procurement.embedded-supplier.poll:1s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  Uni<Void> answerDue() {
    // A full batch leaves more due answers behind: claim the next one at once.
    return Multi.createBy()
        .repeating()
        .uni(this::answerBatch)
        .whilst(claimed -> claimed >= BATCH)
        .collect()
        .last()
        .replaceWithVoid();
  }

  /** Claims one batch of due answers and sends them; answers how many were claimed. */
  Uni<Integer> answerBatch() {
    Instant now = Instant.now();
    return Panache.withTransaction(
            () ->
                Panache.getSession()
                    .flatMap(
                        session ->
                            session
                                .createSelectionQuery(
                                    "from PendingAnswer where answeredAt is null and dueAt <= ?1"
                                        + " order by dueAt",
                                    PendingAnswer.class)
                                .setParameter(1, now)
                                .setMaxResults(BATCH)
                                // Another instance's batch being leased right now is skipped, not
                                // answered twice (a plain read still sees it due until that lease
                                // commits).
                                .setLockMode(LockMode.UPGRADE_SKIPLOCKED)
                                .getResultList())
                    .invoke(due -> due.forEach(a -> a.dueAt = now.plus(LEASE))))
        .flatMap(due -> steps.each(due, CONCURRENCY, this::send).replaceWith(due.size()));
  }

  private Uni<Void> send(PendingAnswer a) {
    return inbound
        .handle(a.document.getBytes(StandardCharsets.UTF_8))
        .map(CxmlInboundHandler.Answer::code)
        .onFailure()
        .recoverWithItem(500)
        .flatMap(code -> Panache.withTransaction(() -> settle(a.id, code)))
        .onFailure()
        .invoke(e -> Log.errorf(e, "Simulated answer %s not settled; its lease expires", a.id))
        .onFailure()
        .recoverWithNull()
        .replaceWithVoid();
  }

  private Uni<Void> settle(UUID id, int code) {
    return PendingAnswer.<PendingAnswer>findById(id)
        .invoke(
            a -> {
              a.attempts++;
              a.lastCode = code;
              Log.infof(
                  "Simulated %s of %s revision %d answered %d",
                  a.answer, a.purchaseOrderNumber, a.revision, code);
              // 500 means "send again later"; a supplier's system does just that. Any other
              // answer (accepted, or refused for good) ends it.
              if (code >= 500 && a.attempts < MAX_ATTEMPTS) {
                a.dueAt = Instant.now().plus(config.delay().multipliedBy(a.attempts));
              } else {
                a.answeredAt = Instant.now();
              }
            })
        .replaceWithVoid();
  }
}
