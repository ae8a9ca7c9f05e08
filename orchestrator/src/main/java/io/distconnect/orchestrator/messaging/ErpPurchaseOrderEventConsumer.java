package io.distconnect.orchestrator.messaging;

import io.distconnect.contracts.event.ErpPurchaseOrderChanged;
import io.distconnect.contracts.event.GoodsReceived;
import io.distconnect.contracts.schema.EventSchemaValidator;
import io.distconnect.orchestrator.persistence.ProcessMeters;
import io.distconnect.orchestrator.persistence.PurchaseOrderTracker;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The ERP's purchase-order changes ({@code erp.purchase-order-events.v1}): confirms the ERP copy of
 * a case's order and records its status for the ERP/procurement agreement figure.
 *
 * <p>{@link GoodsReceived} shares the topic (keyed by PO number, so a receipt stays in order with
 * the order's changes) but a case is complete once the ERP and the supplier confirmed the order, so
 * receipts are acknowledged without effect and counted; they are not poison and must not reach the
 * dead-letter topic.
 */
@ApplicationScoped
public class ErpPurchaseOrderEventConsumer {

  static final String CONSUMER = "erp-purchase-order-events";

  private final Inbox inbox;
  private final PurchaseOrderTracker tracker;
  private final ProcessMeters meters;
  private final EventSchemaValidator validator = EventSchemaValidator.shared();

  public ErpPurchaseOrderEventConsumer(
      Inbox inbox, PurchaseOrderTracker tracker, ProcessMeters meters) {
    this.inbox = inbox;
    this.tracker = tracker;
    this.meters = meters;
  }

  @Incoming("erp-purchase-order-events")
  @Retry(maxRetries = 5, delay = 500, jitter = 250, abortOn = PoisonMessageException.class)
  public Uni<Void> consume(ConsumerRecord<String, byte[]> record) {
    IncomingEvent event = IncomingEvent.parse(record, validator);
    if (event.payload() instanceof GoodsReceived receipt) {
      Log.debugf(
          "Goods receipt %s for PO %s needs no case action",
          event.id(), receipt.purchaseOrderNumber());
      meters.eventIgnored(event.type().eventName(), "not-tracked");
      return Uni.createFrom().voidItem();
    }
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
