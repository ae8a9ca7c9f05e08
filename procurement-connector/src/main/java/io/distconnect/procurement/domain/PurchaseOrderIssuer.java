package io.distconnect.procurement.domain;

import io.distconnect.contracts.event.PurchaseOrderIssueKind;
import io.distconnect.contracts.event.PurchaseOrderIssued;
import io.distconnect.contracts.event.ReplenishmentDecisionKind;
import io.distconnect.contracts.model.PurchaseOrderStatus;
import io.distconnect.procurement.config.ProcurementConfig;
import io.distconnect.procurement.messaging.EventOutbox;
import io.distconnect.procurement.persistence.PurchaseOrderRepository;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;

/**
 * Issues an approved, sourced request: a new supplier PO, or an amendment of an open one (the PO
 * the request names, or for a new order an open PO of the same supplier, item and location whose
 * line is needed within the amend window). The PO, the {@code PurchaseOrderIssued} event and the
 * supplier delivery are written in one transaction — the caller's.
 */
@ApplicationScoped
public class PurchaseOrderIssuer {

  private final PurchaseOrderRepository orders;
  private final EventOutbox outbox;
  private final SupplierDeliveryQueue deliveries;
  private final Duration amendWindow;

  public PurchaseOrderIssuer(
      PurchaseOrderRepository orders,
      EventOutbox outbox,
      SupplierDeliveryQueue deliveries,
      ProcurementConfig config) {
    this.orders = orders;
    this.outbox = outbox;
    this.deliveries = deliveries;
    this.amendWindow = config.amendWindow();
  }

  @WithSpan
  public Uni<PurchaseOrderEntity> issue(ReplenishmentRequest r) {
    Uni<PurchaseOrderEntity> target =
        r.decisionKind == ReplenishmentDecisionKind.NEW_ORDER
            ? orders
                .amendable(r.supplierId, r.locationId, r.itemId, r.orderUom, r.orderCurrency)
                .map(open -> open.stream().filter(p -> near(p, r)).findFirst().orElse(null))
            : orders.find(r.purchaseOrderNumber);
    return target.flatMap(existing -> existing == null ? create(r) : amend(existing, r));
  }

  private boolean near(PurchaseOrderEntity po, ReplenishmentRequest r) {
    return po.lineForItem(r.itemId)
        .map(
            l ->
                Math.abs(l.needByDate.toEpochDay() - r.needByDate.toEpochDay())
                    <= amendWindow.toDays())
        .orElse(false);
  }

  private Uni<PurchaseOrderEntity> create(ReplenishmentRequest r) {
    return orders
        .nextNumber()
        .flatMap(
            number -> {
              PurchaseOrderEntity po = new PurchaseOrderEntity();
              po.number = number;
              po.supplierId = r.supplierId;
              po.shipToLocationId = r.locationId;
              po.currency = r.orderCurrency;
              // Sourced and approved, sent in this transaction: the model's APPROVED → ISSUED.
              po.status = PurchaseOrderStatus.APPROVED.transitionTo(PurchaseOrderStatus.ISSUED);
              po.revision = 1;
              po.issuedAt = Instant.now();
              po.updatedAt = po.issuedAt;
              PurchaseOrderLineValue line = new PurchaseOrderLineValue();
              line.lineNumber = 1;
              line.itemId = r.itemId;
              line.supplierPartId = r.itemId;
              line.quantity = r.orderQuantity;
              line.uom = r.orderUom;
              line.unitPrice = r.orderUnitPrice;
              line.needByDate = r.needByDate;
              po.lines.add(line);
              return publish(po, r, PurchaseOrderIssueKind.NEW);
            });
  }

  private Uni<PurchaseOrderEntity> amend(PurchaseOrderEntity po, ReplenishmentRequest r) {
    PurchaseOrderLineValue line = po.lineForItem(r.itemId).orElseThrow();
    switch (r.decisionKind) {
      case NEW_ORDER -> {
        // Adds the new requirement to the open line; it is needed by the earlier of both dates.
        line.quantity = line.quantity.add(r.orderQuantity);
        line.unitPrice = r.orderUnitPrice;
        if (r.needByDate.isBefore(line.needByDate)) {
          line.needByDate = r.needByDate;
        }
      }
      case AMEND -> {
        line.quantity = r.orderQuantity;
        line.unitPrice = r.orderUnitPrice;
        line.needByDate = r.needByDate;
      }
      case EXPEDITE -> line.needByDate = r.needByDate;
    }
    po.revision++;
    // A cXML "update" order replaces the previous revision and asks the supplier to confirm it
    // again, so an acknowledged or changed order goes back to ISSUED. The shared lifecycle has no
    // such move yet (see the report); procurement records the re-issue explicitly here.
    po.status = PurchaseOrderStatus.ISSUED;
    po.updatedAt = Instant.now();
    po.caseId = r.caseId;
    po.requestId = r.requestId;
    Log.infof("Amending %s to revision %d for request %s", po.number, po.revision, r.requestId);
    return publish(po, r, PurchaseOrderIssueKind.AMENDED);
  }

  private Uni<PurchaseOrderEntity> publish(
      PurchaseOrderEntity po, ReplenishmentRequest r, PurchaseOrderIssueKind kind) {
    if (kind == PurchaseOrderIssueKind.NEW) {
      po.caseId = r.caseId;
      po.requestId = r.requestId;
    }
    po.lines.sort(Comparator.comparingInt(l -> l.lineNumber));
    r.status = ReplenishmentRequestStatus.ISSUED;
    r.issuedPurchaseOrderNumber = po.number;
    PurchaseOrderIssued event =
        PurchaseOrderIssued.of(
            po.toPurchaseOrder(), kind, po.revision, r.caseId, r.requestId, po.updatedAt);
    return po.<PurchaseOrderEntity>persist()
        .call(() -> outbox.publish(event))
        .call(() -> deliveries.enqueue(IssuedOrder.of(po, kind)));
  }
}
