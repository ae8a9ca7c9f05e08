package io.distconnect.contracts.model;

import java.time.LocalDate;

/**
 * Goods posted into stock against a PO line.
 *
 * @param receiptId the ERP material document (receipt) id, unique per receipt
 * @param purchaseOrderNumber the PO
 * @param lineNumber the PO line
 * @param itemId the item received
 * @param locationId where it was received
 * @param quantity received quantity, positive
 * @param receiptDate posting date at the location
 */
public record GoodsReceipt(
    String receiptId,
    String purchaseOrderNumber,
    int lineNumber,
    String itemId,
    String locationId,
    Quantity quantity,
    LocalDate receiptDate) {

  public GoodsReceipt {
    Checks.requireIdentifier(receiptId, "receipt id");
    Checks.requireIdentifier(purchaseOrderNumber, "purchase order number");
    Checks.requirePositive(lineNumber, "line number");
    Checks.requireIdentifier(itemId, "item id");
    Checks.requireIdentifier(locationId, "location id");
    Checks.required(quantity, "received quantity");
    if (!quantity.isPositive()) {
      throw new IllegalArgumentException("received quantity must be positive: " + quantity);
    }
    Checks.required(receiptDate, "receipt date");
  }
}
