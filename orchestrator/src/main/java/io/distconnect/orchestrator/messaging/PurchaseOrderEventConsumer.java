package io.distconnect.orchestrator.messaging;

import io.distconnect.contracts.event.PurchaseOrderIssued;
import io.distconnect.contracts.event.ShipmentMilestoneReached;
import io.distconnect.contracts.event.SupplierAcknowledged;
import io.distconnect.contracts.schema.EventSchemaValidator;
import io.distconnect.orchestrator.persistence.CaseWorkQueue;
import io.distconnect.orchestrator.persistence.PurchaseOrderTracker;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Procurement's PO lifecycle ({@code procurement.purchase-order-events.v1}, keyed by PO number, so
 * one order's events stay in order): issued, acknowledged, shipment milestones.
 */
@ApplicationScoped
public class PurchaseOrderEventConsumer {

  static final String CONSUMER = "procurement-purchase-order-events";

  private final Inbox inbox;
  private final PurchaseOrderTracker tracker;
  private final CaseWorkQueue worker;
  private final EventSchemaValidator validator = EventSchemaValidator.shared();

  public PurchaseOrderEventConsumer(
      Inbox inbox, PurchaseOrderTracker tracker, CaseWorkQueue worker) {
    this.worker = worker;
    this.inbox = inbox;
    this.tracker = tracker;
  }

  @Incoming("procurement-purchase-order-events")
  @Retry(maxRetries = 5, delay = 500, jitter = 250, abortOn = PoisonMessageException.class)
  public Uni<Void> consume(ConsumerRecord<String, byte[]> record) {
    IncomingEvent event = IncomingEvent.parse(record, validator);
    return Panache.withTransaction(
            () ->
                inbox
                    .claim(CONSUMER, event.id())
                    .flatMap(first -> first ? apply(event) : Uni.createFrom().voidItem()))
        // Committed: an issued PO's ERP update is taken up now, not at the next poll.
        .invoke(worker::wake);
  }

  private Uni<Void> apply(IncomingEvent event) {
    if (event.payload() instanceof PurchaseOrderIssued po) {
      return tracker.issued(event.id(), po);
    }
    if (event.payload() instanceof SupplierAcknowledged ack) {
      return tracker.acknowledged(event.id(), ack);
    }
    if (event.payload() instanceof ShipmentMilestoneReached milestone) {
      return tracker.shipped(event.id(), milestone);
    }
    return Uni.createFrom()
        .failure(
            new PoisonMessageException(
                event.type().eventName() + " does not belong on the purchase-order topic"));
  }
}
