package io.distconnect.orchestrator.messaging;

import io.distconnect.contracts.event.ErpPurchaseOrderChanged;
import io.distconnect.contracts.schema.EventSchemaValidator;
import io.distconnect.orchestrator.persistence.PurchaseOrderTracker;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The ERP's purchase-order changes ({@code erp.purchase-order-events.v1}): confirms the ERP copy of
 * a case's order and records its status for the ERP/procurement agreement figure.
 */
@ApplicationScoped
public class ErpPurchaseOrderEventConsumer {

  static final String CONSUMER = "erp-purchase-order-events";

  private final Inbox inbox;
  private final PurchaseOrderTracker tracker;
  private final EventSchemaValidator validator = EventSchemaValidator.shared();

  public ErpPurchaseOrderEventConsumer(Inbox inbox, PurchaseOrderTracker tracker) {
    this.inbox = inbox;
    this.tracker = tracker;
  }

  @Incoming("erp-purchase-order-events")
  @Retry(maxRetries = 5, delay = 500, jitter = 250, abortOn = PoisonMessageException.class)
  public Uni<Void> consume(ConsumerRecord<String, String> record) {
    IncomingEvent event = IncomingEvent.parse(record, validator);
    ErpPurchaseOrderChanged change = event.payloadAs(ErpPurchaseOrderChanged.class);
    return Panache.withTransaction(
        () ->
            inbox
                .claim(CONSUMER, event.id())
                .flatMap(
                    first ->
                        first
                            ? tracker.erpChanged(event.id(), change)
                            : Uni.createFrom().voidItem()));
  }
}
