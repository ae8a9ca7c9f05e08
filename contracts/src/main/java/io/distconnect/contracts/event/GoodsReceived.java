package io.distconnect.contracts.event;

import io.distconnect.contracts.model.Checks;
import io.distconnect.contracts.model.GoodsReceipt;
import io.distconnect.contracts.model.PurchaseOrderStatus;
import io.distconnect.contracts.model.Quantity;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The ERP posted a goods receipt against a PO line. Published on {@link
 * Topics#ERP_PURCHASE_ORDER_EVENTS} keyed by PO number, beside {@link ErpPurchaseOrderChanged}, so
 * a consumer sees the receipt and the order's status changes in the order the ERP made them. The
 * stock it adds arrives separately as an {@link InventoryPositionChanged} (keyed item@location).
 *
 * @param receiptId the ERP receipt (material document) id
 * @param purchaseOrderNumber the PO (the key)
 * @param lineNumber the PO line
 * @param itemId the item
 * @param locationId where it was received
 * @param quantity received now, positive
 * @param receiptDate posting date
 * @param openQuantity still to come on the line after this receipt, same unit, may be 0
 * @param purchaseOrderStatus the PO status after the receipt: PARTIALLY_RECEIVED or RECEIVED
 * @param caseId optional replenishment case of the PO
 * @param postedAt when the ERP posted it
 */
public record GoodsReceived(
    String receiptId,
    String purchaseOrderNumber,
    int lineNumber,
    String itemId,
    String locationId,
    Quantity quantity,
    LocalDate receiptDate,
    Quantity openQuantity,
    PurchaseOrderStatus purchaseOrderStatus,
    String caseId,
    Instant postedAt)
    implements EventPayload {

  public GoodsReceived {
    new GoodsReceipt(
        receiptId, purchaseOrderNumber, lineNumber, itemId, locationId, quantity, receiptDate);
    Checks.required(openQuantity, "open quantity");
    if (openQuantity.uom() != quantity.uom()) {
      throw new IllegalArgumentException(
          "open quantity " + openQuantity + " must be in the received unit " + quantity.uom());
    }
    Checks.required(purchaseOrderStatus, "purchase order status");
    if (purchaseOrderStatus != PurchaseOrderStatus.PARTIALLY_RECEIVED
        && purchaseOrderStatus != PurchaseOrderStatus.RECEIVED) {
      throw new IllegalArgumentException(
          "after a receipt the PO is PARTIALLY_RECEIVED or RECEIVED, not " + purchaseOrderStatus);
    }
    Checks.optionalIdentifier(caseId, "case id");
    Checks.required(postedAt, "posted at");
  }

  public static GoodsReceived of(
      GoodsReceipt receipt,
      Quantity openQuantity,
      PurchaseOrderStatus purchaseOrderStatus,
      String caseId,
      Instant postedAt) {
    return new GoodsReceived(
        receipt.receiptId(),
        receipt.purchaseOrderNumber(),
        receipt.lineNumber(),
        receipt.itemId(),
        receipt.locationId(),
        receipt.quantity(),
        receipt.receiptDate(),
        openQuantity,
        purchaseOrderStatus,
        caseId,
        postedAt);
  }

  public GoodsReceipt toGoodsReceipt() {
    return new GoodsReceipt(
        receiptId, purchaseOrderNumber, lineNumber, itemId, locationId, quantity, receiptDate);
  }

  /** The purchase order number, as for every event on the ERP purchase-order stream. */
  @Override
  public String partitionKey() {
    return purchaseOrderNumber;
  }
}
