package io.distconnect.procurement.domain;

import io.distconnect.contracts.event.ShipmentMilestoneReached;
import io.distconnect.contracts.event.SupplierAcknowledged;
import io.distconnect.contracts.model.AcknowledgmentLine;
import io.distconnect.contracts.model.PurchaseOrderStatus;
import io.distconnect.contracts.model.ShipmentLine;
import io.distconnect.contracts.model.ShipmentMilestone;
import io.distconnect.contracts.model.SupplierAcknowledgment;
import io.distconnect.procurement.messaging.EventOutbox;
import io.distconnect.procurement.persistence.PurchaseOrderRepository;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Applies what suppliers send back to their orders — confirmations and ship notices — and publishes
 * the canonical events. Runs in the caller's transaction; any mismatch fails the whole document so
 * nothing is half-applied.
 */
@ApplicationScoped
public class SupplierResponses {

  private final PurchaseOrderRepository orders;
  private final EventOutbox outbox;

  public SupplierResponses(PurchaseOrderRepository orders, EventOutbox outbox) {
    this.orders = orders;
    this.outbox = outbox;
  }

  /** A confirmation: moves the PO to ACKNOWLEDGED, CHANGED or REJECTED and publishes it. */
  @WithSpan
  public Uni<PurchaseOrderEntity> acknowledge(SupplierAcknowledgment ack) {
    return order(ack.purchaseOrderNumber(), ack.supplierId())
        .flatMap(
            po -> {
              for (AcknowledgmentLine line : ack.lines()) {
                requireLine(po, line.lineNumber());
              }
              PurchaseOrderStatus target = ack.resultingStatus();
              if (po.status != target) {
                if (!po.status.canTransitionTo(target)) {
                  throw new DocumentRejectedException(
                      409,
                      "Order " + po.number + " is " + po.status + " and cannot become " + target);
                }
                po.status = target;
              }
              po.updatedAt = java.time.Instant.now();
              Log.infof("Supplier %s answered %s: %s", ack.supplierId(), po.number, target);
              return outbox.publish(SupplierAcknowledged.of(ack, po.caseId)).replaceWith(po);
            });
  }

  /** A ship notice: one {@code ShipmentMilestoneReached} per order it carries. */
  @WithSpan
  public Uni<Void> shipped(ShipmentMilestone milestone, String supplierId) {
    return Multi.createFrom()
        .iterable(milestone.purchaseOrderNumbers())
        .onItem()
        .transformToUniAndConcatenate(
            number ->
                order(number, supplierId)
                    .flatMap(
                        po -> {
                          if (po.status.isTerminal()) {
                            throw new DocumentRejectedException(
                                409,
                                "Order "
                                    + po.number
                                    + " is "
                                    + po.status
                                    + "; nothing can ship against it");
                          }
                          for (ShipmentLine line : milestone.linesFor(number)) {
                            PurchaseOrderLineValue ordered = requireLine(po, line.lineNumber());
                            if (!ordered.itemId.equals(line.itemId())) {
                              throw new DocumentRejectedException(
                                  406,
                                  "Line "
                                      + line.lineNumber()
                                      + " of "
                                      + number
                                      + " is item "
                                      + ordered.itemId);
                            }
                          }
                          return outbox.publish(
                              ShipmentMilestoneReached.of(milestone, number, po.caseId));
                        }))
        .collect()
        .asList()
        .replaceWithVoid();
  }

  /** The supplier's order, or a 406 when it is unknown or another supplier's. */
  public Uni<PurchaseOrderEntity> order(String number, String supplierId) {
    if (number == null || number.isBlank()) {
      return Uni.createFrom()
          .failure(new DocumentRejectedException(400, "OrderReference orderID is required"));
    }
    return orders
        .find(number)
        .map(
            po -> {
              if (po == null) {
                throw new DocumentRejectedException(406, "Unknown purchase order " + number);
              }
              if (!po.supplierId.equals(supplierId)) {
                // Same answer as unknown: a supplier learns nothing about other suppliers' orders.
                throw new DocumentRejectedException(406, "Unknown purchase order " + number);
              }
              return po;
            });
  }

  private static PurchaseOrderLineValue requireLine(PurchaseOrderEntity po, int lineNumber) {
    return po.line(lineNumber)
        .orElseThrow(
            () ->
                new DocumentRejectedException(
                    406, "Order " + po.number + " has no line " + lineNumber));
  }
}
