package io.distconnect.contracts.event;

import io.distconnect.contracts.model.Checks;
import io.distconnect.contracts.model.GoodsReceipt;
import io.distconnect.contracts.model.PurchaseOrderStatus;
import io.distconnect.contracts.model.Quantity;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The ERP posted a goods receipt against a PO line. Keyed by item@location, beside {@link
 * InventoryPositionChanged}, so a case sees the receipt and the new stock in order.
 *
 * @param receiptId the ERP receipt (material document) id
 * @param purchaseOrderNumber the PO
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

  @Override
  public String partitionKey() {
    return EventType.subjectKey(itemId, locationId);
  }
}
