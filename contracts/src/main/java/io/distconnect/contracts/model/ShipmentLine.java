package io.distconnect.contracts.model;

/**
 * What one ASN line ships against one PO line.
 *
 * @param purchaseOrderNumber the PO
 * @param lineNumber the PO line
 * @param itemId the item shipped
 * @param quantity shipped quantity, positive
 */
public record ShipmentLine(
    String purchaseOrderNumber, int lineNumber, String itemId, Quantity quantity) {

  public ShipmentLine {
    Checks.requireIdentifier(purchaseOrderNumber, "purchase order number");
    Checks.requirePositive(lineNumber, "line number");
    Checks.requireIdentifier(itemId, "item id");
    Checks.required(quantity, "shipped quantity");
    if (!quantity.isPositive()) {
      throw new IllegalArgumentException("shipped quantity must be positive: " + quantity);
    }
  }
}
