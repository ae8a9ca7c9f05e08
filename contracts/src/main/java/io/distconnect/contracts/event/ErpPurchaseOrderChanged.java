package io.distconnect.contracts.event;

import io.distconnect.contracts.model.Checks;
import io.distconnect.contracts.model.PurchaseOrder;
import io.distconnect.contracts.model.PurchaseOrderLine;
import io.distconnect.contracts.model.PurchaseOrderStatus;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

/**
 * The ERP's purchase order was created or changed. Carries the whole order after the change, so the
 * orchestrator can compare it with procurement's view (PO status agreement) without a call.
 *
 * @param purchaseOrderNumber the PO (the key)
 * @param changeKind CREATED, AMENDED or STATUS_CHANGED
 * @param previousStatus the status before; absent for CREATED, required otherwise
 * @param status the status now
 * @param supplierId the supplier
 * @param shipToLocationId canonical ship-to location
 * @param currency of every line price
 * @param lines all lines after the change
 * @param caseId optional replenishment case of the PO
 * @param changedAt when the ERP recorded the change
 */
public record ErpPurchaseOrderChanged(
    String purchaseOrderNumber,
    ErpPurchaseOrderChangeKind changeKind,
    PurchaseOrderStatus previousStatus,
    PurchaseOrderStatus status,
    String supplierId,
    String shipToLocationId,
    Currency currency,
    List<PurchaseOrderLine> lines,
    String caseId,
    Instant changedAt)
    implements EventPayload {

  public ErpPurchaseOrderChanged {
    Checks.required(changeKind, "change kind");
    lines =
        new PurchaseOrder(
                purchaseOrderNumber, supplierId, shipToLocationId, currency, lines, status)
            .lines();
    if (changeKind == ErpPurchaseOrderChangeKind.CREATED && previousStatus != null) {
      throw new IllegalArgumentException("a CREATED order has no previous status");
    }
    if (changeKind != ErpPurchaseOrderChangeKind.CREATED && previousStatus == null) {
      throw new IllegalArgumentException(changeKind + " needs the previous status");
    }
    if (changeKind == ErpPurchaseOrderChangeKind.STATUS_CHANGED && previousStatus == status) {
      throw new IllegalArgumentException("STATUS_CHANGED with the status unchanged: " + status);
    }
    Checks.optionalIdentifier(caseId, "case id");
    Checks.required(changedAt, "changed at");
  }

  /**
   * The event for an order after a change.
   *
   * @param previousStatus null for CREATED
   */
  public static ErpPurchaseOrderChanged of(
      PurchaseOrder order,
      ErpPurchaseOrderChangeKind changeKind,
      PurchaseOrderStatus previousStatus,
      String caseId,
      Instant changedAt) {
    return new ErpPurchaseOrderChanged(
        order.number(),
        changeKind,
        previousStatus,
        order.status(),
        order.supplierId(),
        order.shipToLocationId(),
        order.currency(),
        order.lines(),
        caseId,
        changedAt);
  }

  /** The order as the ERP now has it. */
  public PurchaseOrder toPurchaseOrder() {
    return new PurchaseOrder(
        purchaseOrderNumber, supplierId, shipToLocationId, currency, lines, status);
  }

  @Override
  public String partitionKey() {
    return purchaseOrderNumber;
  }
}
